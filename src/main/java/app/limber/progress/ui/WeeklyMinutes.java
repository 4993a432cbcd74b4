package app.limber.progress.ui;

import app.limber.progress.PracticeProgress;
import app.limber.progress.PracticeProgress.WeekOfPractice;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Minutes practised per week over the last weeks, as a bar chart with the numbers as a table. */
final class WeeklyMinutes {

    static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private WeeklyMinutes() {
    }

    static ProgressChart chart(List<WeekOfPractice> weeks) {
        ProgressChart chart = new ProgressChart("Minutes practised per week, the last " + PracticeProgress.WEEKS
                + " weeks", true);
        chart.addClassName("weekly-minutes");
        List<String> labels = weeks.stream().map(week -> "Week of " + WEEK.format(week.monday())).toList();
        List<ProgressChart.Point> points = IntStream.range(0, weeks.size())
                .mapToObj(i -> new ProgressChart.Point(i, weeks.get(i).minutes())).toList();
        chart.show(new ProgressChart.Spec(ProgressChart.Type.BAR, ProgressChart.Axis.LABEL, labels,
                List.of(new ProgressChart.Series("Minutes", "#1a7f5a", points, false)), "", true),
                describe(weeks));
        return chart;
    }

    /** "This week 35 minutes; 280 minutes in the last 12 weeks." */
    static String describe(List<WeekOfPractice> weeks) {
        int total = weeks.stream().mapToInt(WeekOfPractice::minutes).sum();
        int thisWeek = weeks.isEmpty() ? 0 : weeks.getLast().minutes();
        return "This week " + thisWeek + " minutes; " + total + " minutes in the last " + weeks.size() + " weeks.";
    }
}
