package app.plumbline.testing;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upload as vaadin-upload sends it (the file as the POST body, its name in X-Filename), given to
 * the Upload's handler through Vaadin's own request handling, with a body the test controls: a
 * client may declare any size, or none, and send any amount.
 */
public final class RawUpload {

    private RawUpload() {
    }

    /**
     * Posts the body to the upload in the current (Karibu) UI and answers the HTTP status Vaadin
     * set; contentLength -1 is a chunked request that declares no size.
     */
    public static int post(Upload upload, String fileName, long contentLength, InputStream body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("X-Filename")).thenReturn(fileName);
        when(request.getHeader("Content-Type")).thenReturn("application/octet-stream");
        when(request.getContentType()).thenReturn("application/octet-stream");
        when(request.getContentLengthLong()).thenReturn(contentLength);
        when(request.getContentLength()).thenReturn((int) Math.min(contentLength, Integer.MAX_VALUE));
        when(request.getInputStream()).thenReturn(body);
        VaadinResponse response = mock(VaadinResponse.class);
        var status = new AtomicInteger(200);
        doAnswer(call -> {
            status.set(call.getArgument(0));
            return null;
        }).when(response).setStatus(anyInt());
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        UploadKt.get_handler(upload).handleRequest(request, response, VaadinSession.getCurrent(), upload.getElement());
        return status.get();
    }

    /** A body that must not be read at all: its size was declared too large. */
    public static InputStream unreadable() {
        return endless(0);
    }

    /**
     * A body of endless bytes that fails the test when more than mayRead of them are read: a server
     * that reads it to the end never finishes.
     */
    public static InputStream endless(long mayRead) {
        return new InputStream() {
            private long read;

            @Override
            public int read() {
                if (++read > mayRead) {
                    throw new AssertionError("read " + read + " bytes of the upload; at most " + mayRead
                            + " may be read");
                }
                return 'x';
            }
        };
    }
}
