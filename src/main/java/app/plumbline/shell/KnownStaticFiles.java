package app.plumbline.shell;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Vaadin's static-file check, remembering the paths that are not static files. Before a page such
 * as {@code /login} or {@code /today} is rendered, Vaadin asks whether the path names a file in
 * the web app or on the class path; the answer "no" is two look-ups through each of the app's
 * ~200 jars (a sixth of the Java time of a sign-in in a storm, docs/PERFORMANCE.md). In
 * production mode the files cannot change while the app runs, so each path is looked up once;
 * in development mode every request is checked, as Vaadin does. Files found are served by Vaadin
 * each time (their caching headers and 304s are its own).
 * Found by Vaadin's lookup, which takes an application's bean over its default factory.
 */
@Component
class KnownStaticFiles implements StaticFileHandlerFactory {

    /** Enough for every route of a clinic and its patients' ids; a scanner's junk paths start it afresh. */
    static final int REMEMBERED = 10_000;

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileServer vaadins = new StaticFileServer(service);
        return service.getDeploymentConfiguration().isProductionMode() ? new Remembering(vaadins) : vaadins;
    }

    /** Asks Vaadin's handler once per path that is not a static file, then answers for it. */
    static final class Remembering implements StaticFileHandler {

        private final StaticFileHandler vaadins;
        private final Set<String> notStatic = ConcurrentHashMap.newKeySet();

        Remembering(StaticFileHandler vaadins) {
            this.vaadins = vaadins;
        }

        @Override
        public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
            if (notStatic.contains(path)) {
                return false;
            }
            boolean served = vaadins.serveStaticResource(request, response);
            if (!served) {
                if (notStatic.size() >= REMEMBERED) {
                    notStatic.clear();
                }
                notStatic.add(path);
            }
            return served;
        }
    }
}
