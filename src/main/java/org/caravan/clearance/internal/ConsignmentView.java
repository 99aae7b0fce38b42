package org.caravan.clearance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.CaseTable;
import org.caravan.clearance.internal.store.StoredCase;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.NotFound;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A consignment as its customs administration sees it (risk lane and reasons, tasks,
 * audit trail) or as the filing courier and platform see it (status and assessment only).
 * Anyone else is told it does not exist.
 */
@Component
class ConsignmentView {

    private final FiledConsignments filed;
    private final CaseTable cases;
    private final CaseEventTable audit;
    private final TaskTable tasks;
    private final JsonMapper json;

    ConsignmentView(FiledConsignments filed, CaseTable cases, CaseEventTable audit, TaskTable tasks, JsonMapper json) {
        this.filed = filed;
        this.cases = cases;
        this.audit = audit;
        this.tasks = tasks;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Map<String, Object> show(Caller caller, String trackingNumber) {
        FiledConsignment c = filed.byTrackingNumber(trackingNumber)
                .orElseThrow(() -> new NotFound("No consignment " + trackingNumber));
        boolean customs = caller.administers(c.destination());
        boolean trader = (caller.is(Role.COURIER) && c.courierPartyId().equals(caller.partyId()))
                || (caller.is(Role.PLATFORM) && c.platformCode().equals(Optional.of(caller.clientId())));
        if (!customs && !trader) {
            throw new NotFound("No consignment " + trackingNumber);
        }
        List<StoredCase> found = cases.byTrackingNumber(trackingNumber);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("trackingNumber", trackingNumber);
        view.put("status", found.isEmpty() ? "AWAITING_ASSESSMENT" : found.get(0).status().name());
        view.put("jurisdictions", found.stream().map(s -> s.jurisdiction().value()).toList());
        view.put("consignment", declared(c, customs));
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (StoredCase s : found) {
            rendered.add(render(s, customs));
        }
        view.put("cases", rendered);
        return view;
    }

    private Map<String, Object> declared(FiledConsignment c, boolean customs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("manifestId", c.manifestId());
        c.platformCode().ifPresent(p -> d.put("platformId", p));
        c.platformOrderRef().ifPresent(r -> d.put("platformOrderRef", r));
        d.put("destination", c.destination().value());
        d.put("grossMassKg", c.grossMassKg().toPlainString());
        d.put("declaredValue", AssessConsignment.money(c.declaredValue()));
        d.put("items", c.items().stream().map(i -> Map.of("description", i.description(), "hsCode", i.hsCode().value(),
                "quantity", i.quantity(), "value", AssessConsignment.money(i.value()), "originCountry",
                i.originCountry().value())).toList());
        d.put("consignee", Map.of("name", c.consignee().name(), "country", c.consignee().country().value()));
        // Officers see what the order says; traders only that the line disagrees with it.
        d.put("matchSignals", c.matchSignals().stream().map(s -> Map.of("kind", s.kind().name(),
                "detail", customs ? s.detail() : s.neutralDetail())).toList());
        d.put("filedAt", c.filedAt().toString());
        return d;
    }

    private Map<String, Object> render(StoredCase s, boolean customs) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("jurisdiction", s.jurisdiction().value());
        r.put("status", s.status().name());
        r.put("explanation", s.status().explanation());
        s.amountDue().ifPresent(due -> r.put("amountDue", AssessConsignment.money(due)));
        r.put("assessment", json.readTree(s.assessment()));
        r.put("decidedAt", s.decidedAt().toString());
        s.arrivedAt().ifPresent(a -> r.put("arrivedAt", a.toString()));
        s.closedAt().ifPresent(a -> r.put("closedAt", a.toString()));
        if (customs) {
            r.put("lane", s.lane().name());
            r.put("risk", Map.of("score", s.riskScore(), "reasons", json.readTree(s.riskReasons())));
            r.put("tasks", tasks.ofCase(s.id()).stream().map(TaskController::render).toList());
        }
        r.put("history", audit.of(s.id()).stream().map(e -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("at", e.occurredAt().toString());
            h.put("action", e.action());
            h.put("status", e.status().name());
            if (customs) {
                h.put("actor", e.actor());
                h.put("detail", e.detail());
            }
            return h;
        }).toList());
        return r;
    }
}
