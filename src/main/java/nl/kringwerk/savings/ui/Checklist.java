package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.MeetingState;

/** The chair's checklist, always in view, so no formality is forgotten. */
class Checklist extends Div {

    Checklist(MeetingState state) {
        addClassName("checklist");
        setId("checklist");
        List<Step> steps = new ArrayList<>();
        boolean everyoneMarked = state.attendance().stream().allMatch(a -> a.status() != null);
        boolean opened = state.status() != SessionStatus.PLANNED;
        boolean closed = state.status() == SessionStatus.CLOSED;
        boolean everyoneHadTurn =
                !state.present().isEmpty() && state.present().stream().allMatch(a -> state.hadTurn(a.memberId()));
        steps.add(new Step("checklist.attendance", everyoneMarked && opened));
        steps.add(new Step("checklist.roles", opened));
        steps.add(new Step("checklist.counting", everyoneHadTurn || closed));
        if (state.socialFundPerSession() != null) {
            boolean fundDone = state.present().stream()
                    .map(AttendanceLine::memberId)
                    .allMatch(id -> state.liveEntry(id, EntryKind.SOCIAL_FUND).isPresent());
            steps.add(new Step("checklist.social-fund", fundDone || closed));
        }
        steps.add(new Step("checklist.closing", closed));
        long done = steps.stream().filter(Step::done).count();
        Span progress = new Span(getTranslation("checklist.progress", done, steps.size()));
        progress.addClassName("checklist-progress");
        add(progress);
        boolean currentMarked = false;
        int number = 1;
        for (Step step : steps) {
            Span item = new Span((step.done() ? "✓ " : number + ". ") + getTranslation(step.key()));
            item.addClassName("checklist-step");
            if (step.done()) {
                item.addClassName("done");
            } else if (!currentMarked) {
                item.addClassName("current");
                currentMarked = true;
            }
            add(item);
            number++;
        }
    }

    private record Step(String key, boolean done) {}
}
