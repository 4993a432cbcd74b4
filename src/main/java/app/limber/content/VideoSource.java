package app.limber.content;

/** Where a video's bytes come from: a file uploaded to Limber, or a video host. */
public enum VideoSource {
    UPLOAD,
    LINK
}
