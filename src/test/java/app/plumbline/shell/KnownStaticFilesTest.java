package app.plumbline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.StaticFileHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Vaadin's static-file check is asked once for a path that is no file, every time for a file. */
class KnownStaticFilesTest {

    /** Vaadin's handler as far as the check sees it: the icon is a file, nothing else is. */
    private final List<String> asked = new ArrayList<>();
    private final StaticFileHandler vaadins = (request, response) -> {
        asked.add(request.getServletPath() + request.getPathInfo());
        return "/icons/icon.png".equals(request.getPathInfo());
    };
    private final KnownStaticFiles.Remembering files = new KnownStaticFiles.Remembering(vaadins);

    @Test
    void aPageIsLookedUpOnceAndAFileIsServedEachTime() throws Exception {
        assertThat(serve("/login")).isFalse();
        assertThat(serve("/login")).isFalse();
        assertThat(serve("/icons/icon.png")).isTrue();
        assertThat(serve("/icons/icon.png")).isTrue();
        assertThat(serve("/patients/42")).isFalse();

        assertThat(asked).containsExactly("/login", "/icons/icon.png", "/icons/icon.png", "/patients/42");
    }

    @Test
    void pastItsBoundItStartsAfresh() throws Exception {
        for (int i = 0; i < KnownStaticFiles.REMEMBERED; i++) {
            serve("/probe/" + i);
        }
        serve("/probe/0");
        assertThat(asked).hasSize(KnownStaticFiles.REMEMBERED);

        serve("/one-too-many");
        serve("/probe/0");
        assertThat(asked).hasSize(KnownStaticFiles.REMEMBERED + 2).endsWith("/one-too-many", "/probe/0");
    }

    private boolean serve(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setServletPath("");
        request.setPathInfo(path);
        return files.serveStaticResource(request, new MockHttpServletResponse());
    }
}
