package app.limber.content;

import app.limber.platform.storage.FileStorage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded pictures in the {@link PictureSize}s pages need. A size is made the first time it is asked for (scaled with
 * ImageIO, never beyond the picture's own size, the share size cropped to fill 1200×630), stored in the file storage
 * and recorded, so every later request is a plain file read. JPEG stays JPEG, PNG stays PNG; a picture ImageIO cannot
 * read (WebP) or one too large to decode safely is served as it was uploaded.
 */
@Component
class PictureRenditions {

    private static final Logger log = LoggerFactory.getLogger(PictureRenditions.class);

    /** Larger pictures are not decoded (a small PNG can expand to gigabytes); they are served as uploaded. */
    static final long MAX_SOURCE_PIXELS = 40_000_000L;

    private static final float JPEG_QUALITY = 0.82f;

    private final FileStorage storage;
    private final PictureRenditionRepository renditions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    PictureRenditions(FileStorage storage, PictureRenditionRepository renditions,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.storage = storage;
        this.renditions = renditions;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The picture stored under {@code sourceKey} in this size, made now if it doesn't exist yet. */
    MediaFile open(String sourceKey, String sourceType, PictureSize size) {
        Optional<PictureRendition> stored = find(sourceKey, size);
        if (stored.isPresent()) {
            return served(stored.get());
        }
        return make(sourceKey, sourceType, size).map(this::served)
                .orElseGet(() -> new MediaFile(storage.resource(sourceKey), sourceType, "\"" + sourceKey + "\""));
    }

    /** Removes every size made from a picture that is being removed; a failure is logged, not thrown. */
    void forget(String sourceKey) {
        try {
            List<String> keys = ownTransaction.execute(status -> {
                List<PictureRendition> made = renditions.findBySourceKey(sourceKey);
                renditions.deleteAll(made);
                return made.stream().map(PictureRendition::storageKey).toList();
            });
            for (String key : keys == null ? List.<String>of() : keys) {
                storage.delete(key);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the sizes made from stored file {}", sourceKey, e);
        }
    }

    private Optional<PictureRendition> find(String sourceKey, PictureSize size) {
        return ownTransaction.execute(status -> renditions.findBySourceKeyAndSize(sourceKey, size));
    }

    private MediaFile served(PictureRendition rendition) {
        return new MediaFile(storage.resource(rendition.storageKey()), rendition.contentType(),
                "\"" + rendition.storageKey() + "\"");
    }

    private Optional<PictureRendition> make(String sourceKey, String sourceType, PictureSize size) {
        boolean png = "image/png".equals(sourceType);
        if (!png && !"image/jpeg".equals(sourceType)) {
            return Optional.empty();
        }
        BufferedImage source;
        try (InputStream in = storage.open(sourceKey)) {
            source = decode(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (source == null) {
            return Optional.empty();
        }
        BufferedImage scaled = Scaling.to(source, size, png && source.getColorModel().hasAlpha());
        byte[] encoded = encode(scaled, png);
        FileStorage.StoredFile file;
        try {
            file = storage.store(new ByteArrayInputStream(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Optional.ofNullable(ownTransaction.execute(status -> renditions.saveAndFlush(new PictureRendition(
                    sourceKey, size, file.key(), png ? "image/png" : "image/jpeg", scaled.getWidth(),
                    scaled.getHeight(), clock.instant()))));
        } catch (DataIntegrityViolationException madeAtTheSameTime) {
            // Another request made this size first: keep theirs.
            deleteQuietly(file.key());
            return find(sourceKey, size);
        }
    }

    /** The picture, or null when ImageIO can't read it or it has too many pixels to decode safely. */
    private static BufferedImage decode(InputStream in) throws IOException {
        try (ImageInputStream images = ImageIO.createImageInputStream(in)) {
            if (images == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(images, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_SOURCE_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (javax.imageio.IIOException unreadable) {
            return null;
        }
    }

    private static byte[] encode(BufferedImage image, boolean png) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (png) {
                ImageIO.write(image, "png", bytes);
                return bytes.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), parameters);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete stored file {}", key, e);
        }
    }

    /** The arithmetic of sizes: what part of the picture to keep, and how large to draw it. */
    static final class Scaling {

        private Scaling() {
        }

        static BufferedImage to(BufferedImage source, PictureSize size, boolean keepAlpha) {
            int x = 0;
            int y = 0;
            int width = source.getWidth();
            int height = source.getHeight();
            if (size.cropped()) {
                // Cover crop: the largest centred part with the target's aspect ratio.
                double target = (double) size.width() / size.height();
                if ((double) width / height > target) {
                    int croppedWidth = (int) Math.round(height * target);
                    x = (width - croppedWidth) / 2;
                    width = croppedWidth;
                } else {
                    int croppedHeight = (int) Math.round(width / target);
                    y = (height - croppedHeight) / 2;
                    height = croppedHeight;
                }
            }
            int outWidth = Math.min(size.width(), width);
            int outHeight = Math.max(1, (int) Math.round((double) height * outWidth / width));
            BufferedImage current = source.getSubimage(x, y, width, height);
            // Halve first while the picture is more than twice the target: one big bicubic step would alias.
            while (current.getWidth() / 2 >= outWidth && current.getHeight() / 2 >= outHeight) {
                current = draw(current, current.getWidth() / 2, current.getHeight() / 2, keepAlpha);
            }
            return draw(current, outWidth, outHeight, keepAlpha);
        }

        private static BufferedImage draw(BufferedImage source, int outWidth, int outHeight, boolean keepAlpha) {
            BufferedImage out = new BufferedImage(outWidth, outHeight,
                    keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = out.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (!keepAlpha) {
                    graphics.setColor(java.awt.Color.WHITE);
                    graphics.fillRect(0, 0, outWidth, outHeight);
                }
                graphics.drawImage(source, 0, 0, outWidth, outHeight, null);
            } finally {
                graphics.dispose();
            }
            return out;
        }
    }
}
