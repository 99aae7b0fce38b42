package org.caravan.console.internal.web;

import java.util.Locale;
import java.util.Optional;

import org.caravan.clearance.OfficerWorkbench;
import org.caravan.clearance.OfficerWorkbench.Filter;
import org.caravan.clearance.OfficerWorkbench.WorkQueue;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.reference.CountryCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The work queues of the officer's administration, riskiest and longest waiting first. The
 * filter is a plain GET form, so a filtered queue is a link an officer can keep or share.
 */
@Controller
class QueueController {

    private static final int MAX_SCORE = 1000;

    private final OfficerWorkbench workbench;

    QueueController(OfficerWorkbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/console/queues")
    String queues() {
        return "redirect:/console/queues/inspection";
    }

    @GetMapping("/console/queues/{queue}")
    String queue(Caller caller, @PathVariable String queue, @RequestParam Optional<String> q,
            @RequestParam Optional<String> lane, @RequestParam Optional<String> minScore,
            @RequestParam Optional<String> jurisdiction, @RequestParam(defaultValue = "0") String page, Model model,
            HttpServletResponse response) {
        WorkQueue shown = workQueue(queue);
        // an administrator belongs to no administration and names the one it looks at
        Optional<String> administration = jurisdiction.map(String::trim).filter(j -> !j.isEmpty())
                .map(j -> j.toUpperCase(Locale.ROOT)).or(() -> caller.administration().map(CountryCode::value));
        model.addAttribute("queue", shown.name().toLowerCase(Locale.ROOT));
        model.addAttribute("queues", WorkQueue.values());
        model.addAttribute("q", q.orElse(""));
        model.addAttribute("lane", lane.orElse(""));
        model.addAttribute("minScore", minScore.orElse(""));
        model.addAttribute("jurisdiction", administration.orElse(""));
        String scoreText = minScore.map(String::trim).orElse("");
        Integer score = scoreText.isEmpty() ? Integer.valueOf(0) : score(scoreText);
        if (score == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", "Minimum risk score: must be a whole number from 0 to " + MAX_SCORE);
            return "console/queue";
        }
        if (administration.isEmpty() || !CountryCode.isValid(administration.get())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", "Administration: name the country whose queues to work (ISO 3166 code, e.g. KZ)");
            return "console/queue";
        }
        Filter filter = new Filter(lane.map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)),
                score, q.map(String::trim).filter(s -> !s.isEmpty()));
        model.addAttribute("page", workbench.queue(caller, CountryCode.of(administration.get()), shown, filter,
                pageNumber(page)));
        return "console/queue";
    }

    private static WorkQueue workQueue(String queue) {
        try {
            return WorkQueue.valueOf(queue.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFound("No queue " + queue);
        }
    }

    private static Integer score(String text) {
        try {
            int s = Integer.parseInt(text);
            return s >= 0 && s <= MAX_SCORE ? s : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Caller caller, Model model) {
        model.addAttribute("caller", caller);
        model.addAttribute("message", e.getMessage());
        return "console/not-found";
    }
}
