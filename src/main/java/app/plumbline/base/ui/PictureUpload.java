package app.plumbline.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Takes one SVG or PNG picture of up to maxBytes (see {@link LimitedUpload}) and says at the form
 * what was wrong with a refused one. After each file, taken or refused, the list of files is
 * emptied, so a refused file never blocks the next try ("Too Many Files").
 */
public class PictureUpload extends Upload {

    /**
     * @param what the picture as the form names it, e.g. "logo"
     * @param problem shows a problem with the file at the form
     */
    public PictureUpload(String what, int maxBytes, LimitedUpload.Receiver receiver,
            SerializableConsumer<String> problem) {
        setUploadHandler(new LimitedUpload(maxBytes, (fileName, bytes) -> {
            clearFileList();
            receiver.receive(fileName, bytes);
        }, () -> {
            clearFileList();
            problem.accept("This " + what + " cannot be used: the file is larger than "
                    + LimitedUpload.size(maxBytes) + ".");
        }));
        setAcceptedFileTypes("image/svg+xml", ".svg", "image/png", ".png");
        setMaxFileSize(maxBytes);
        setMaxFiles(1);
        addFileRejectedListener(e -> problem.accept(e.getErrorMessage() + " Use an SVG or PNG file of up to "
                + LimitedUpload.size(maxBytes) + "."));
    }
}
