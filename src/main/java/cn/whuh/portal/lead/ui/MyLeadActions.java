package cn.whuh.portal.lead.ui;

import cn.whuh.portal.base.Refusal;
import cn.whuh.portal.lead.MyLead;
import cn.whuh.portal.lead.PatientDoor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * What the person can do on their page: withdraw consent (a confirmation step, then {@link PatientDoor#withdraw};
 * a second click finds it done), stop news of future studies (when they agreed to it), download what is held
 * (JSON).
 */
class MyLeadActions extends Section {

    private final PatientDoor door;
    private final String token;
    private final Runnable refresh;

    MyLeadActions(PatientDoor door, String token, MyLead lead, Runnable refresh) {
        this.door = door;
        this.token = token;
        this.refresh = refresh;
        add(new H2(getTranslation("lead.my.actions")));
        add(download(lead));
        if (lead.futureContact()) {
            add(optOut());
        }
        add(withdraw());
    }

    private Div download(MyLead lead) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = door.download(token).orElse(new byte[0]);
            return new DownloadResponse(new ByteArrayInputStream(json), lead.reference() + ".json", "application/json",
                    json.length);
        }), getTranslation("lead.my.download"));
        link.setId("my-download");
        link.getElement().setAttribute("download", true);
        link.addClassName("cta");
        return new Div(new Paragraph(getTranslation("lead.my.downloadHint")), link);
    }

    private Div optOut() {
        Button stop = new Button(getTranslation("lead.my.optOut"));
        stop.setId("my-opt-out");
        stop.setDisableOnClick(true);
        stop.addClickListener(e -> act(() -> door.optOut(token), stop));
        return new Div(new Paragraph(getTranslation("lead.my.optOutHint")), stop);
    }

    private Div withdraw() {
        Button start = new Button(getTranslation("lead.my.withdraw"));
        start.setId("my-withdraw");
        start.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button confirm = new Button(getTranslation("lead.my.withdrawConfirm"));
        confirm.setId("my-withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("lead.my.withdrawCancel"));
        cancel.setId("my-withdraw-cancel");
        Paragraph warning = new Paragraph(getTranslation("lead.my.withdrawWarning"));
        Div confirmStep = new Div(warning, new Div(confirm, cancel));
        confirmStep.addClassName("my-lead-confirm");
        confirmStep.setId("my-withdraw-step");
        confirmStep.setVisible(false);
        start.addClickListener(e -> {
            start.setVisible(false);
            confirmStep.setVisible(true);
        });
        cancel.addClickListener(e -> {
            confirmStep.setVisible(false);
            start.setVisible(true);
        });
        confirm.addClickListener(e -> act(() -> door.withdraw(token), confirm));
        return new Div(new Paragraph(getTranslation("lead.my.withdrawHint")), start, confirmStep);
    }

    /** Runs the action and shows the page again; a refusal is said in the person's language. */
    private void act(Runnable action, Button button) {
        try {
            action.run();
            refresh.run();
        } catch (Refusal refusal) {
            button.setEnabled(true);
            add(new Paragraph(getTranslation(refusal.messageKey())));
        }
    }
}
