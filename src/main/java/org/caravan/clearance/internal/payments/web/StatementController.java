package org.caravan.clearance.internal.payments.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.caravan.clearance.internal.payments.Statements;
import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.clearance.internal.payments.model.StatementLine;
import org.caravan.clearance.internal.payments.model.StatementTotals;
import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.Money;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Monthly statements of duties for a platform, a courier or e-commerce operator, and for
 * customs reading a party's: lines a page at a time as JSON, or every line as CSV.
 */
@RestController
@RequestMapping("/api/v1/statements")
class StatementController {

    private static final String CSV = "text/csv";
    private static final int MAX_PAGE = 1000;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final Statements statements;

    StatementController(Statements statements) {
        this.statements = statements;
    }

    /** A page of a statement; totals and discrepancies come with the first page only. */
    record StatementPage(String month, String party, List<Line> lines, Optional<String> next,
            Optional<List<Totals>> totals, Optional<List<StatementLine.Discrepancy>> discrepancies,
            Optional<Boolean> discrepanciesTruncated) {
    }

    /** One case of the statement. */
    record Line(String trackingNumber, String jurisdiction, Instant assessedAt, Optional<Money> assessedDue,
            List<PaymentResponses.PaymentLine> paid, List<PaymentResponses.PaymentLine> refusedPayments,
            List<PaymentResponses.RefundLine> refunds) {

        static Line of(StatementLine l) {
            return new Line(l.trackingNumber(), l.jurisdiction().value(), l.assessedAt(), l.assessedDue(),
                    l.payments().stream().map(PaymentResponses.PaymentLine::of).toList(),
                    l.refused().stream().map(PaymentResponses.PaymentLine::of).toList(),
                    l.refunds().stream().map(PaymentResponses.RefundLine::of).toList());
        }
    }

    /** A currency's totals for the month. */
    record Totals(String currency, Money assessed, Money collectedAtCheckout, Money paid, Money refunded,
            Money outstanding) {

        static Totals of(StatementTotals.Totals t) {
            return new Totals(t.assessed().currency().getCurrencyCode(), t.assessed().rounded(),
                    t.collectedAtCheckout().rounded(), t.paid().rounded(), t.refunded().rounded(),
                    t.outstanding().rounded());
        }
    }

    @Operation(summary = "A month's statement of duties assessed, paid and refunded",
            description = "For the calling platform (its matched orders) or courier (its filings); customs name the party "
                    + "with ?party=<clientId>, officers seeing only their administration's cases. A line per case assessed "
                    + "in the month (UTC) with a payment request, or paid or refunded in it, in pages of at most 1000 "
                    + "(after= the previous page's next). The first page also carries the month's totals per currency "
                    + "and the discrepancies found. Accept: text/csv answers every line at once, one row per payment.")
    @ApiResponse(responseCode = "200", description = "The statement",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = StatementPage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @GetMapping(path = "/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    StatementPage statement(Caller caller, @PathVariable String month, @RequestParam Optional<String> party,
            @RequestParam Optional<String> after, @RequestParam(defaultValue = "100") int limit) {
        Roles.requireDeclarant(caller, Role.PLATFORM, Role.OFFICER, Role.ADMIN);
        YearMonth m = month(month);
        Optional<UUID> cursor = after.map(StatementController::cursor);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput(new Violation("query:limit", "out-of-range", "limit is 1 to " + MAX_PAGE));
        }
        Statements.Scope scope = statements.scope(caller, m, party);
        List<StatementLine> lines = statements.page(scope, cursor, limit);
        Optional<String> next = lines.size() < limit ? Optional.empty()
                : Optional.of(lines.get(lines.size() - 1).caseId().toString());
        Optional<Statements.Summary> summary = cursor.isEmpty() ? Optional.of(statements.summary(scope)) : Optional.empty();
        return new StatementPage(m.toString(), scope.party(), lines.stream().map(Line::of).toList(), next,
                summary.map(s -> s.totals().stream().map(Totals::of).toList()), summary.map(Statements.Summary::discrepancies),
                summary.map(Statements.Summary::discrepanciesTruncated));
    }

    @Operation(hidden = true)
    @GetMapping(path = "/{month}", produces = CSV)
    void statementCsv(Caller caller, @PathVariable String month, @RequestParam Optional<String> party,
            HttpServletResponse response) throws IOException {
        Roles.requireDeclarant(caller, Role.PLATFORM, Role.OFFICER, Role.ADMIN);
        YearMonth m = month(month);
        Statements.Scope scope = statements.scope(caller, m, party);
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + m + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write("trackingNumber,jurisdiction,assessedAt,assessedDue,assessedCurrency,paidAmount,paidCurrency,paidBy,"
                + "payerRole,collectedAtCheckout,paidAt,providerRef,accepted,refundReference,refundState,refundedAt\r\n");
        try {
            statements.each(scope, line -> {
                try {
                    for (List<String> row : rows(line)) {
                        out.write(String.join(",", row.stream().map(StatementController::cell).toList()));
                        out.write("\r\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** A row per payment of the line (accepted, then refused), or one row when it has none. */
    private static List<List<String>> rows(StatementLine l) {
        List<String> head = List.of(l.trackingNumber(), l.jurisdiction().value(), l.assessedAt().toString(),
                l.assessedDue().map(d -> d.amount().toPlainString()).orElse(""),
                l.assessedDue().map(d -> d.currency().getCurrencyCode()).orElse(""));
        List<List<String>> rows = new ArrayList<>();
        List<Payment> all = new ArrayList<>(l.payments());
        all.addAll(l.refused());
        for (Payment p : all) {
            Optional<Refund> refund = l.refunds().stream().filter(r -> r.paymentId().equals(p.id())).findFirst();
            List<String> row = new ArrayList<>(head);
            row.addAll(List.of(p.amount().rounded().amount().toPlainString(), p.amount().currency().getCurrencyCode(),
                    p.payer().id(), p.payer().role(), Boolean.toString(p.collectedAtCheckout()), p.paidAt().toString(),
                    p.providerRef(), Boolean.toString(!l.refused().contains(p)), refund.map(Refund::reference).orElse(""),
                    refund.map(r -> r.state().name()).orElse(""),
                    refund.flatMap(Refund::refundedAt).map(Instant::toString).orElse("")));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            List<String> row = new ArrayList<>(head);
            row.addAll(List.of("", "", "", "", "", "", "", "", "", "", ""));
            rows.add(row);
        }
        return rows;
    }

    /** A CSV cell, quoted when needed; text a spreadsheet would run as a formula is made plain text. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static YearMonth month(String month) {
        try {
            if (MONTH.matcher(month).matches()) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidInput(new Violation("path:month", "not-a-month", "the month is written yyyy-MM, e.g. 2026-11"));
    }

    private static UUID cursor(String after) {
        try {
            return UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(new Violation("query:after", "malformed", "must be a cursor this endpoint returned"));
        }
    }
}
