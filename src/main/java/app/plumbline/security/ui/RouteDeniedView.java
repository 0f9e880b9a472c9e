package app.plumbline.security.ui;

import app.plumbline.security.CurrentUser;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a view's access annotation refusing a signed-in user looks like (a patient opening an admin
 * page): the same page as a service's refusal, instead of Vaadin's "could not navigate". Nobody
 * signed in is sent to the sign-in page instead.
 */
@PageTitle("Not available · Plumbline")
@AnonymousAllowed
public class RouteDeniedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    public RouteDeniedView(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(event);
    }
}
