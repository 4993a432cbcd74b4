package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoLinkTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, dQw4w9WgXcQ",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ, dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ, dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc, dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/a_b-C1d2E3f, a_b-C1d2E3f",
            "  https://WWW.YouTube.com/live/dQw4w9WgXcQ  , dQw4w9WgXcQ"})
    void findsTheIdInYouTubeAddresses(String address, String id) {
        assertThat(VideoLink.parse(address)).isEqualTo(new VideoLink(VideoProvider.YOUTUBE, id));
    }

    @ParameterizedTest
    @CsvSource({
            "https://vimeo.com/76979871, 76979871",
            "https://vimeo.com/76979871/8272103f6e, 76979871",
            "https://vimeo.com/channels/staffpicks/76979871, 76979871",
            "https://player.vimeo.com/video/76979871?h=abc, 76979871"})
    void findsTheIdInVimeoAddresses(String address, String id) {
        assertThat(VideoLink.parse(address)).isEqualTo(new VideoLink(VideoProvider.VIMEO, id));
    }

    @Test
    void plainHttpIsRefused() {
        assertThatThrownBy(() -> VideoLink.parse("http://www.youtube.com/watch?v=dQw4w9WgXcQ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/watch?v=dQw4w9WgXcQ", "https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ",
            "https://evil.test/youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com@evil.test/watch?v=dQw4w9WgXcQ",
            "https://notvimeo.com/76979871", "javascript:alert(1)", "ftp://vimeo.com/1", "youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ", ""})
    void otherHostsAndSchemesAreRefused(String address) {
        assertThatThrownBy(() -> VideoLink.parse(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=short", "https://www.youtube.com/", "https://youtu.be/",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>", "https://vimeo.com/about", "https://vimeo.com/"})
    void addressesWithoutAVideoIdAreRefused(String address) {
        assertThatThrownBy(() -> VideoLink.parse(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void embedsUseThePrivacyEnhancedPlayers() {
        assertThat(new VideoLink(VideoProvider.YOUTUBE, "dQw4w9WgXcQ").embedUrl(0))
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(new VideoLink(VideoProvider.YOUTUBE, "dQw4w9WgXcQ").embedUrl(90))
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90");
        assertThat(new VideoLink(VideoProvider.VIMEO, "76979871").embedUrl(0))
                .isEqualTo("https://player.vimeo.com/video/76979871?dnt=1");
    }

    @Test
    void timestampsReadAndWriteMinutesAndSeconds() {
        assertThat(Timestamps.parse("1:30")).isEqualTo(90);
        assertThat(Timestamps.parse("0:05")).isEqualTo(5);
        assertThat(Timestamps.parse("1:02:03")).isEqualTo(3723);
        assertThat(Timestamps.format(90)).isEqualTo("1:30");
        assertThat(Timestamps.format(3723)).isEqualTo("1:02:03");
        assertThatThrownBy(() -> Timestamps.parse("1:75")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timestamps.parse("ninety")).isInstanceOf(IllegalArgumentException.class);
    }
}
