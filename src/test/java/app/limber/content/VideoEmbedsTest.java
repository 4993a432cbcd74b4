package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoEmbedsTest {

    @Test
    void placeholdersOnTheirOwnLineAreFoundInOrderOnce() {
        String text = "Intro\n\n[[video:7]]\n\nMore text [[video:8]] inline is just text\n\n  [[video:3]]  \n\n[[video:7]]";
        assertThat(VideoEmbeds.idsIn(text)).containsExactly(7L, 3L);
    }

    @Test
    void aParagraphIsAPlaceholderOnlyWhenThatIsAllItSays() {
        assertThat(VideoEmbeds.idOf("[[video:12]]")).hasValue(12);
        assertThat(VideoEmbeds.idOf(" [[video:12]] ")).hasValue(12);
        assertThat(VideoEmbeds.idOf("see [[video:12]]")).isEmpty();
        assertThat(VideoEmbeds.idOf("[[video:abc]]")).isEmpty();
        assertThat(VideoEmbeds.placeholder(5)).isEqualTo("[[video:5]]");
    }
}
