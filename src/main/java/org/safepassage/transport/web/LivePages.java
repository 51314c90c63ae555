package org.safepassage.transport.web;

import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.transport.alert.Alerts;
import org.safepassage.transport.journey.LiveBoards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A convoy live: per vehicle, who boarded, passed each checkpoint, arrived, and who is unaccounted for. The board
 * refreshes itself (htmx) while the convoy is under way. Analysts see the same counts with small cells withheld.
 */
@Controller
@Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION, Role.ANALYST})
class LivePages {

    private final ConvoyViews views;
    private final LiveBoards boards;
    private final Alerts alerts;
    private final AlertViews alertViews;
    private final java.time.Clock clock;

    LivePages(ConvoyViews views, LiveBoards boards, Alerts alerts, AlertViews alertViews, java.time.Clock clock) {
        this.clock = clock;
        this.views = views;
        this.boards = boards;
        this.alerts = alerts;
        this.alertViews = alertViews;
    }

    @GetMapping("/transport/convoys/{id}/live")
    String live(@PathVariable UUID id, Authentication authentication, Model model) {
        board(id, authentication, model);
        return "transport/live";
    }

    @GetMapping("/transport/convoys/{id}/live/board")
    String board(@PathVariable UUID id, Authentication authentication, Model model) {
        var convoy = views.convoy(id);
        var viewer = Viewer.of(authentication);
        model.addAttribute("convoy", views.view(convoy));
        model.addAttribute("board", boards.board(convoy));
        model.addAttribute("countsOnly", viewer.countsOnly());
        model.addAttribute("alerts", viewer.countsOnly() ? java.util.List.of()
                : alertViews.views(alerts.ofConvoy(id).stream().filter(a -> a.open()).toList()));
        model.addAttribute("cells", new SmallCells(viewer.countsOnly()));
        model.addAttribute("now", clock.instant());
        return "transport/live :: board";
    }

    /** Shows a count, or withholds it (1-4 people) for readers who see aggregates only. */
    record SmallCells(boolean suppress) {
        public String show(int count) {
            return suppress && count > 0 && count < 5 ? "<5" : String.valueOf(count);
        }
    }
}
