package org.caravan.console.internal.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.OfficerWorkbench;
import org.caravan.clearance.OfficerWorkbench.CaseFile;
import org.caravan.clearance.OfficerWorkbench.Outcome;
import org.caravan.clearance.OfficerWorkbench.Result;
import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.reference.Currencies;
import org.caravan.reference.Money;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The case file of one consignment and the form that records a control's result. The form
 * posts, redirects and shows the page again (htmx swaps the case file in place from the same
 * answer); a rejected result is shown in the form, naming the field, with the status the API
 * would answer (422, or 409 when the case has moved on).
 */
@Controller
class CaseFileController {

    private static final int NOTE_LENGTH = 2000;

    private final OfficerWorkbench workbench;

    CaseFileController(OfficerWorkbench workbench) {
        this.workbench = workbench;
    }

    /** The form as typed, shown again when it is rejected. */
    record ResultForm(String taskId, String outcome, String note, String reassessedValue, String assessedCharge,
            String currency) {
    }

    @GetMapping("/console/consignments/{trackingNumber}")
    String show(Caller caller, @PathVariable String trackingNumber, Model model) {
        return page(caller, trackingNumber, model, Optional.empty(), Map.of());
    }

    @PostMapping("/console/consignments/{trackingNumber}/result")
    String record(Caller caller, @PathVariable String trackingNumber, @RequestParam Optional<String> taskId,
            @RequestParam Optional<String> outcome, @RequestParam Optional<String> note,
            @RequestParam Optional<String> reassessedValue, @RequestParam Optional<String> assessedCharge,
            @RequestParam Optional<String> currency, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ResultForm form = new ResultForm(taskId.orElse(""), outcome.orElse(""), note.orElse(""),
                reassessedValue.orElse(""), assessedCharge.orElse(""), currency.orElse(""));
        // the task must be one of this consignment's, in the officer's administration
        CaseFile file = workbench.caseFile(caller, trackingNumber);
        OfficerWorkbench.Task task = file.cases().stream().flatMap(c -> c.tasks().stream())
                .filter(t -> t.id().toString().equals(form.taskId().trim())).findFirst()
                .orElseThrow(() -> new NotFound("No task " + form.taskId() + " of consignment " + trackingNumber));
        Map<String, String> errors = new LinkedHashMap<>();
        Outcome chosen = outcome(errors, form.outcome(), task);
        if (chosen != null && chosen != task.clean() && form.note().isBlank()) {
            errors.put("note", "say what was found: a result other than " + label(task.clean()) + " needs a reason");
        }
        if (form.note().length() > NOTE_LENGTH) {
            errors.put("note", "at most " + NOTE_LENGTH + " characters");
        }
        Optional<Money> reassessed = money(errors, "reassessedValue", form.reassessedValue(), form.currency());
        Optional<Money> charge = money(errors, "assessedCharge", form.assessedCharge(), form.currency());
        if (errors.isEmpty()) {
            try {
                workbench.recordResult(caller, task.id(), new Result(chosen, reassessed, charge,
                        form.note().isBlank() ? null : form.note().trim()));
                redirect.addFlashAttribute("recorded", label(chosen));
                return "redirect:/console/consignments/{trackingNumber}";
            } catch (InvalidInput e) {
                e.violations().forEach(v -> errors.putIfAbsent(field(v.pointer()), v.message()));
            } catch (Conflict e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.put("outcome", e.getMessage());
                return page(caller, trackingNumber, model, Optional.of(form), errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(caller, trackingNumber, model, Optional.of(form), errors);
    }

    private String page(Caller caller, String trackingNumber, Model model, Optional<ResultForm> form,
            Map<String, String> errors) {
        CaseFile file = workbench.caseFile(caller, trackingNumber);
        // a consignment filed a moment ago may not be assessed yet: the page shows the filing alone
        Optional<OfficerWorkbench.Case> shown = caller.administration().flatMap(file::caseOf)
                .or(() -> file.cases().stream().findFirst());
        model.addAttribute("file", file);
        model.addAttribute("case", shown.orElse(null));
        model.addAttribute("task", shown.flatMap(OfficerWorkbench.Case::openTask).orElse(null));
        model.addAttribute("form", form.orElse(new ResultForm("", "", "", "", "",
                shown.flatMap(OfficerWorkbench.Case::customsValue).orElse(file.declared().declaredValue())
                        .currency().getCurrencyCode())));
        model.addAttribute("errors", errors);
        Map<Outcome, String> labels = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            labels.put(o, label(o));
        }
        model.addAttribute("outcomeLabels", labels);
        return "console/consignment";
    }

    private static Outcome outcome(Map<String, String> errors, String text, OfficerWorkbench.Task task) {
        Outcome o = task.outcomes().stream().filter(x -> x.name().equals(text)).findFirst().orElse(null);
        if (o == null) {
            errors.put("outcome", text.isBlank() ? "choose what the control found"
                    : "must be one of " + task.outcomes().stream().map(CaseFileController::label).toList());
        }
        return o;
    }

    private static Optional<Money> money(Map<String, String> errors, String field, String amount, String currency) {
        if (amount.isBlank()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "must be an amount such as 120.50");
            return Optional.empty();
        }
        if (value.signum() < 0 || value.scale() > 4) {
            errors.put(field, "must be zero or more, with at most 4 decimals");
            return Optional.empty();
        }
        if (!Currencies.isValid(currency.trim())) {
            errors.put("currency", "must be an ISO 4217 currency code such as KZT");
            return Optional.empty();
        }
        return Optional.of(Money.of(value, Currency.getInstance(currency.trim())));
    }

    /** A violation's JSON pointer ("/reassessedValue/amount") as the form field it concerns. */
    private static String field(String pointer) {
        String[] parts = pointer.split("/");
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "outcome";
    }

    static String label(Outcome o) {
        return switch (o) {
            case NO_FINDINGS -> "no findings";
            case DOCUMENTS_ACCEPTED -> "documents accepted";
            case IRREGULARITY -> "irregularity";
            case PROHIBITED_GOODS -> "prohibited goods";
        };
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Caller caller, Model model) {
        model.addAttribute("caller", caller);
        model.addAttribute("message", e.getMessage());
        return "console/not-found";
    }
}
