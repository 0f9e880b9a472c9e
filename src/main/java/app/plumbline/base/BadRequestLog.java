package app.plumbline.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Logs a malformed Vaadin request as one WARN line instead of Vaadin's ERROR with a 16 KB stack
 * trace: anyone can send one (e.g. POST /?v-r=uidl&v-uiId=0 with a garbage body), and a flood of
 * stack traces would bury the errors that matter. A request is malformed when Vaadin fails while
 * reading its body into an RPC request ({@code ServerRpcHandler$RpcRequest}), before any of the
 * app's code runs; every other error is logged as before.
 */
@Component
class BadRequestLog extends TurboFilter implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BadRequestLog.class);
    private static final String READING_RPC = "com.vaadin.flow.server.communication.ServerRpcHandler$RpcRequest";

    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
            Object[] params, Throwable t) {
        if (level != Level.ERROR) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last
                : null;
        if (thrown == null || !malformedRpc(thrown)) {
            return FilterReply.NEUTRAL;
        }
        LOG.warn("Refused a malformed Vaadin request{}: {}", from(), firstLine(thrown));
        return FilterReply.DENY;
    }

    /** Thrown while Vaadin read the request's body, i.e. by its RPC request's constructor. */
    static boolean malformedRpc(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("com.vaadin.flow.server.communication.")) {
                return frame.getClassName().equals(READING_RPC) && frame.getMethodName().equals("<init>");
            }
            if (frame.getClassName().startsWith("app.plumbline.")) {
                return false;
            }
        }
        return false;
    }

    private static String from() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(r -> " from " + r.getRemoteAddr()).orElse("");
    }

    private static String firstLine(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : thrown.getMessage().lines().findFirst().orElse("");
        return thrown.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    @Override
    public void afterPropertiesSet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(BadRequestLog.class::isInstance)) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public void destroy() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
    }
}
