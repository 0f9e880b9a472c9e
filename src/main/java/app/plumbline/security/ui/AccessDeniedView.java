package app.plumbline.security.ui;

import app.plumbline.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a service's refusal looks like when it happens while a page opens (a patient of another
 * clinic, by address).
 */
@PageTitle("Not available · Plumbline")
@AnonymousAllowed
public class AccessDeniedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(event);
    }
}
