package app.limber.content;

import org.springframework.core.io.Resource;

/** A stored file ready to be sent: its bytes, type and an entity tag that changes whenever the file does. */
public record MediaFile(Resource resource, String contentType, String etag) {
}
