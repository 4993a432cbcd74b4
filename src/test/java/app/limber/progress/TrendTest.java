package app.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static List<Trend.Point> points(double... values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new Trend.Point(DAY.plusDays(7L * i), values[i])).toList();
    }

    @Test
    void risingValuesAreImprovingWhenHigherIsBetter() {
        Trend trend = Trend.of(points(6, 6.5, 7.4, 8), true, null, null);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.IMPROVING);
        assertThat(trend.start()).isLessThan(trend.end());
        assertThat(trend.from()).isEqualTo(DAY);
        assertThat(trend.to()).isEqualTo(DAY.plusDays(21));
    }

    @Test
    void fallingStiffnessIsImprovingWhenLowerIsBetter() {
        Trend trend = Trend.of(points(7, 6, 6, 4), false, BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.IMPROVING);
        assertThat(Trend.of(points(4, 6, 6, 7), false, BigDecimal.ZERO, BigDecimal.TEN).direction())
                .isEqualTo(Trend.Direction.GETTING_WORSE);
    }

    @Test
    void noiseAroundTheSameValueIsSteady() {
        assertThat(Trend.of(points(8, 8.2, 7.9, 8.1), true, null, null).direction())
                .isEqualTo(Trend.Direction.STEADY);
    }

    @Test
    void theLineFitsExactlyThroughAStraightSeries() {
        Trend trend = Trend.of(points(2, 4, 6), true, null, null);
        assertThat(trend.start()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(trend.end()).isEqualTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void oneDayIsNotATrend() {
        assertThat(Trend.of(List.of(new Trend.Point(DAY, 5), new Trend.Point(DAY, 6)), true, null, null).direction())
                .isEqualTo(Trend.Direction.TOO_FEW);
        assertThat(Trend.of(List.of(), true, null, null).hasLine()).isFalse();
    }
}
