package org.caravan.console.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.Jurisdictions;
import org.caravan.risk.RegulatorySandbox;
import org.caravan.risk.SandboxReport;
import org.caravan.risk.SandboxRun;
import org.caravan.risk.StartSandboxRun;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regulatory sandbox in the console: the runs, a form to start one, and a candidate beside
 * production on the same parcels, as a table and a chart. Administrators only, as on the API.
 */
@Controller
class SandboxPages {

    private final RegulatorySandbox sandbox;
    private final Jurisdictions jurisdictions;

    SandboxPages(RegulatorySandbox sandbox, Jurisdictions jurisdictions) {
        this.sandbox = sandbox;
        this.jurisdictions = jurisdictions;
    }

    /** The start form as typed, so a refused form comes back with what the person wrote. */
    record StartForm(String jurisdiction, String mode, String candidateProfile, String modelVersion, String from, String to,
            String reason) {

        StartSandboxRun request() {
            return new StartSandboxRun(jurisdiction, mode, candidateProfile, blankToNull(modelVersion), blankToNull(from),
                    blankToNull(to), reason);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    @GetMapping("/console/sandbox")
    String runs(Caller caller, Model model) {
        Roles.require(caller, Role.ADMIN);
        return list(model, new StartForm("", "SHADOW", "", "", "", "", ""), Map.of());
    }

    @PostMapping("/console/sandbox")
    String start(Caller caller, @ModelAttribute StartForm form, Model model) {
        Roles.require(caller, Role.ADMIN);
        try {
            SandboxRun run = sandbox.start(form.request(), caller.clientId());
            return "redirect:/console/sandbox/" + run.id();
        } catch (InvalidInput refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            // "/candidateProfile" names the form's field candidateProfile; the first message per field is enough
            for (Violation v : refused.violations()) {
                errors.putIfAbsent(v.pointer().isEmpty() ? "form" : v.pointer().substring(1).split("/")[0], v.message());
            }
            return list(model, form, errors);
        }
    }

    private String list(Model model, StartForm form, Map<String, String> errors) {
        model.addAttribute("runs", sandbox.runs());
        model.addAttribute("jurisdictions", jurisdictions.all().stream().map(j -> j.code().value()).sorted().toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/sandbox";
    }

    @GetMapping("/console/sandbox/{id}")
    String report(Caller caller, @PathVariable UUID id, Model model) {
        Roles.require(caller, Role.ADMIN);
        SandboxReport report = sandbox.report(id);
        model.addAttribute("report", report);
        model.addAttribute("rows", rows(report));
        model.addAttribute("chart", ChartData.json(chart(report)));
        return "console/sandbox-report";
    }

    @PostMapping("/console/sandbox/{id}/stop")
    String stop(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        Roles.require(caller, Role.ADMIN);
        sandbox.stop(id, caller.clientId());
        redirect.addFlashAttribute("notice", "The run is stopped: it screens no more parcels; its report stays.");
        return "redirect:/console/sandbox/" + id;
    }

    /** One measure for both sides, in the order an official reads them. */
    record Row(String measure, String production, String candidate) {
    }

    static List<Row> rows(SandboxReport r) {
        SandboxReport.Side p = r.production();
        SandboxReport.Side c = r.candidate();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Parcels screened", String.valueOf(p.parcels()), String.valueOf(c.parcels())));
        rows.add(new Row("Physical inspections", String.valueOf(p.inspections()), String.valueOf(c.inspections())));
        rows.add(new Row("Inspection rate", Figures.percent(p.inspectionRate()), Figures.percent(c.inspectionRate())));
        rows.add(new Row("Documentary checks", String.valueOf(p.documentaryChecks()), String.valueOf(c.documentaryChecks())));
        rows.add(new Row("Documentary check rate", Figures.percent(p.documentaryRate()), Figures.percent(c.documentaryRate())));
        rows.add(new Row("Released before arrival", Figures.percent(p.releasedBeforeArrival()),
                Figures.percent(c.releasedBeforeArrival())));
        rows.add(new Row("Inspections with an officer's result", String.valueOf(p.labelledInspections()),
                String.valueOf(c.labelledInspections())));
        rows.add(new Row("Irregularities found", String.valueOf(p.irregularities()), String.valueOf(c.irregularities())));
        rows.add(new Row("Hit rate", p.hitRate().map(Figures::percent).orElse("no results yet"),
                c.hitRate().map(Figures::percent).orElse("no results yet")));
        rows.add(new Row("Inspections no officer controlled", String.valueOf(p.unlabelledInspections()),
                String.valueOf(c.unlabelledInspections())));
        rows.add(new Row("Duties and taxes found", Figures.money(p.dutiesFound()), Figures.money(c.dutiesFound())));
        rows.add(new Row("Officer hours", Figures.decimal(p.officerHours()), Figures.decimal(c.officerHours())));
        return rows;
    }

    /** The rates side by side, in percent: what the chart draws (the table above it carries the same numbers). */
    private static Map<String, Object> chart(SandboxReport r) {
        List<String> labels = List.of("Inspection rate", "Documentary check rate", "Released before arrival", "Hit rate");
        return Map.of("type", "bar", "labels", labels, "unit", "%", "series", List.of(
                Map.of("label", "Production", "data", rates(r.production())),
                Map.of("label", "Candidate", "data", rates(r.candidate()))));
    }

    /** A missing hit rate stays a gap in the chart, not a zero. */
    private static List<BigDecimal> rates(SandboxReport.Side s) {
        return Arrays.asList(Figures.percentValue(s.inspectionRate()), Figures.percentValue(s.documentaryRate()),
                Figures.percentValue(s.releasedBeforeArrival()), s.hitRate().map(Figures::percentValue).orElse(null));
    }
}
