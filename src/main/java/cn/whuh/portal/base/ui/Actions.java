package cn.whuh.portal.base.ui;

import cn.whuh.portal.base.Refusal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The views' "do, notify, refresh": runs a change; when it succeeds, says so briefly and refreshes the view;
 * when it is refused ({@link Refusal}), says why in the user's language and leaves the form as it is, so
 * nothing typed is lost, letting the view mark the field at fault.
 */
public final class Actions {

    private static final int SAVED_MS = 2000;
    private static final int REFUSED_MS = 6000;
    /**
     * Bottom left: on the lead page the left column holds the forms being used, the right one the checklist the
     * recruiter reads during the call; a toast at the top centre covered the checklist (issue 13, item 11).
     */
    static final Notification.Position POSITION = Notification.Position.BOTTOM_START;

    private Actions() {
    }

    /** The refusal's message in the view's language, its {@link Refusal.Key} arguments translated too. */
    public static String message(Component view, Refusal refusal) {
        Object[] args = Arrays.stream(refusal.args())
                .map(arg -> arg instanceof Refusal.Key k ? view.getTranslation(k.key()) : arg).toArray();
        return view.getTranslation(refusal.messageKey(), args);
    }

    /**
     * @param view whose language the messages are in
     * @param change the change to make
     * @param refresh what to do after it succeeded (e.g. show the changed data)
     * @param refused what to do after a refusal besides the message (e.g. mark a field), may be a no-op
     * @return whether the change was made
     */
    public static boolean run(Component view, Runnable change, Runnable refresh, Consumer<Refusal> refused) {
        try {
            change.run();
        } catch (Refusal e) {
            Notification.show(message(view, e), REFUSED_MS, POSITION)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refused.accept(e);
            return false;
        }
        Notification.show(view.getTranslation("action.saved"), SAVED_MS, POSITION)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh.run();
        return true;
    }
}
