package app.plumbline.testing;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/** What a download link answers, through Vaadin's own download handling, in the current (Karibu) UI. */
public final class RawDownload {

    public record Answer(String contentType, byte[] body) {
    }

    private RawDownload() {
    }

    public static Answer get(Anchor link) throws IOException {
        var resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(link.getHref()))
                .orElseThrow(() -> new AssertionError("no download behind " + link.getHref()));
        VaadinResponse response = mock(VaadinResponse.class);
        var contentType = new AtomicReference<String>();
        doAnswer(call -> {
            contentType.set(call.getArgument(0));
            return null;
        }).when(response).setContentType(anyString());
        var body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(body);
        resource.getElementRequestHandler().handleRequest(mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), resource.getOwner());
        return new Answer(contentType.get(), body.toByteArray());
    }
}
