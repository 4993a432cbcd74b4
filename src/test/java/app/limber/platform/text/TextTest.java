package app.limber.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void nulAndOtherControlCharactersAreRemovedButTabsAndLineBreaksStay() {
        assertThat(Text.clean("toe\u0000 stretch\u0007\u001b[31m")).isEqualTo("toe stretch[31m");
        assertThat(Text.clean("line one\r\nline\ttwo\n")).isEqualTo("line one\r\nline\ttwo\n");
        assertThat(Text.clean("del\u007f c1\u0085\u009f end")).isEqualTo("del c1 end");
    }

    @Test
    void loneSurrogatesAreRemovedAndPairsKept() {
        assertThat(Text.clean("run \ud83c\udfc3 fast")).isEqualTo("run \ud83c\udfc3 fast");
        assertThat(Text.clean("broken \ud83c here \udfc3")).isEqualTo("broken  here ");
    }

    @Test
    void textIsPutInNormalisationFormC() {
        assertThat(Text.clean("Cafe\u0301 plie\u0301")).isEqualTo("Caf\u00e9 pli\u00e9");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Point and flex, ten times each way.";
        assertThat(Text.clean(text)).isSameAs(text);
        assertThat(Text.hasControlCharacters(text)).isFalse();
        assertThat(Text.hasControlCharacters("a\u0000b")).isTrue();
    }

    @Test
    void theConverterAppliesItToEveryStoredStringAndLeavesNullAlone() {
        CleanText converter = new CleanText();
        assertThat(converter.convertToDatabaseColumn("a\u0000b")).isEqualTo("ab");
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
