package app.plumbline.security.ui;

import app.plumbline.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;

/**
 * An address that leads nowhere (a mistyped link, {@code /patients/abc}): the same page as a
 * refusal, so it tells nothing about what exists, instead of Vaadin's bare "could not navigate".
 * Not a security event, so nothing is audited.
 */
@PageTitle("Not available · Plumbline")
@AnonymousAllowed
public class NotFoundView extends RefusalPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
