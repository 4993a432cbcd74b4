package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The arithmetic of picture sizes: aspect ratio kept, never enlarged, the share size cropped to fill 1200×630. */
class PictureScalingTest {

    private static BufferedImage picture(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    private static String size(BufferedImage image) {
        return image.getWidth() + "x" + image.getHeight();
    }

    @Test
    void cardSizesKeepTheAspectRatio() {
        BufferedImage landscape = picture(2000, 1000);

        assertThat(size(PictureRenditions.Scaling.to(landscape, PictureSize.CARD, false))).isEqualTo("480x240");
        assertThat(size(PictureRenditions.Scaling.to(landscape, PictureSize.WIDE, false))).isEqualTo("960x480");
        assertThat(size(PictureRenditions.Scaling.to(picture(900, 1600), PictureSize.CARD, false)))
                .isEqualTo("480x853");
    }

    @Test
    void theShareSizeIsCroppedToFillAndNeverEnlarged() {
        assertThat(size(PictureRenditions.Scaling.to(picture(2000, 1000), PictureSize.SHARE, false)))
                .isEqualTo("1200x630");
        assertThat(size(PictureRenditions.Scaling.to(picture(1500, 3000), PictureSize.SHARE, false)))
                .isEqualTo("1200x630");
        assertThat(size(PictureRenditions.Scaling.to(picture(600, 600), PictureSize.SHARE, false)))
                .as("smaller than 1200 wide: cropped to the shape, not enlarged").isEqualTo("600x315");
    }

    @Test
    void aSmallPictureIsNeverEnlarged() {
        assertThat(size(PictureRenditions.Scaling.to(picture(300, 200), PictureSize.CARD, false))).isEqualTo("300x200");
        assertThat(size(PictureRenditions.Scaling.to(picture(700, 350), PictureSize.WIDE, false))).isEqualTo("700x350");
    }

    @Test
    void transparencyIsKeptWhenAsked() {
        BufferedImage out = PictureRenditions.Scaling.to(new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB),
                PictureSize.CARD, true);
        assertThat(out.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void theResponsiveHelperOffersBothCardWidths() {
        ResponsivePicture card = ResponsivePicture.card("/media/images/7");

        assertThat(card.src()).isEqualTo("/media/images/7/480");
        assertThat(card.srcset()).isEqualTo("/media/images/7/480 480w, /media/images/7/960 960w");
        assertThat(card.sizes()).isEqualTo(ResponsivePicture.CARD_SIZES);
        assertThat(ResponsivePicture.cover("/media/images/7").sizes()).isEqualTo(ResponsivePicture.COVER_SIZES);
    }
}
