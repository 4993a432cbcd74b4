package app.limber.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes bytes through until more than the limit have been read, then refuses, so that the upload stops there. */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String message;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit, String message) {
        super(in);
        this.limit = limit;
        this.message = message;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw new UploadRejectedException(message);
        }
    }
}
