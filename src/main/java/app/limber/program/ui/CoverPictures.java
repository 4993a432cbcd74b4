package app.limber.program.ui;

import app.limber.content.ui.PictureField;
import app.limber.program.ProgramCovers;
import java.io.InputStream;

/** Where the editor's cover field uploads a program's pictures and shows them from. */
record CoverPictures(ProgramCovers covers, long programId) implements PictureField.Pictures {

    @Override
    public long upload(String fileName, InputStream content) {
        return covers.upload(programId, content);
    }

    @Override
    public String url(long imageId) {
        return ProgramCovers.url(imageId);
    }

    @Override
    public long maxBytes() {
        return covers.maxBytes();
    }
}
