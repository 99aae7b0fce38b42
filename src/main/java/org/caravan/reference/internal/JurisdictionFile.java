package org.caravan.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.caravan.reference.Allowance;
import org.caravan.reference.Channel;
import org.caravan.reference.Confidence;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ExcessCharge;
import org.caravan.reference.Fee;
import org.caravan.reference.Jurisdiction;
import org.caravan.reference.Money;
import org.caravan.reference.Payer;
import org.caravan.reference.Regime;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the jurisdictions and regimes file; a malformed file stops start-up rather than mis-assessing. */
public record JurisdictionFile(List<Jurisdiction> jurisdictions, List<Regime> regimes) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static JurisdictionFile bundled() {
        try (InputStream in = JurisdictionFile.class.getClassLoader().getResourceAsStream("reference/jurisdictions.json")) {
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JurisdictionFile parse(JsonNode root) {
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (JsonNode j : root.path("jurisdictions")) {
            List<Jurisdiction.DatedRate> vat = new ArrayList<>();
            for (JsonNode r : j.path("importVat")) {
                vat.add(new Jurisdiction.DatedRate(new BigDecimal(text(r, "ratePercent")), LocalDate.parse(text(r, "validFrom")),
                        optional(r, "validTo", LocalDate::parse), Confidence.valueOf(text(r, "confidence")), text(r, "source")));
            }
            jurisdictions.add(new Jurisdiction(CountryCode.of(text(j, "code")), text(j, "name"), text(j, "administration"),
                    Currency.getInstance(text(j, "currency")), ZoneId.of(text(j, "timeZone")),
                    optional(j, "customsUnion", Function.identity()), List.copyOf(vat)));
        }
        List<Regime> regimes = new ArrayList<>();
        for (JsonNode r : root.path("regimes")) {
            regimes.add(regime(r));
        }
        return new JurisdictionFile(List.copyOf(jurisdictions), List.copyOf(regimes));
    }

    /**
     * The regimes of a file in the layout of the bundled one's {@code regimes} array (a
     * proposal to compare with the rules in force), checked as the bundled ones are.
     *
     * @throws IllegalArgumentException naming the regime by position and id and the field at fault
     */
    public static List<Regime> regimes(JsonNode root) {
        JsonNode array = root.path("regimes");
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException("/regimes: required, an array of at least one regime");
        }
        List<Regime> regimes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode r = array.get(i);
            try {
                regimes.add(regime(r));
            } catch (RuntimeException e) {
                String id = r.path("id").isString() ? " (" + r.path("id").asString() + ")" : "";
                throw new IllegalArgumentException("/regimes/" + i + id + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(regimes);
    }

    private static Regime regime(JsonNode r) {
        Set<CountryCode> jurisdictions = new LinkedHashSet<>();
        r.path("jurisdictions").forEach(c -> jurisdictions.add(parsed("jurisdictions", c.asString(), CountryCode::of)));
        Set<Channel> channels = new LinkedHashSet<>();
        r.path("channels").forEach(c -> channels.add(parsed("channels", c.asString(), Channel::valueOf)));
        JsonNode a = r.path("allowance");
        Allowance allowance = new Allowance(parsed(a, "basis", Allowance.Basis::valueOf), money(a.path("value")),
                optional(a, "grossMassKg", BigDecimal::new));
        JsonNode e = r.path("excess");
        String id = text(r, "id");
        ExcessCharge.Method method = parsed(e, "method", ExcessCharge.Method::valueOf);
        ExcessCharge excess = new ExcessCharge(method, optional(e, "ratePercent", BigDecimal::new),
                e.path("minimumPerKg").isObject() ? Optional.of(money(e.path("minimumPerKg"))) : Optional.empty(),
                optional(e, "base", ExcessCharge.Base::valueOf).orElse(ExcessCharge.Base.FULL_VALUE), text(e, "note"));
        if ((method == ExcessCharge.Method.SINGLE_RATE_ON_EXCESS || method == ExcessCharge.Method.DUTY_ON_VALUE_WITH_VAT)
                && excess.ratePercent().isEmpty()) {
            throw new IllegalStateException("Regime " + id + " needs ratePercent");
        }
        List<Fee> fees = new ArrayList<>();
        for (JsonNode f : r.path("fees")) {
            fees.add(fee(id, f));
        }
        List<String> sources = new ArrayList<>();
        r.path("sources").forEach(s -> sources.add(s.asString()));
        if (sources.isEmpty()) {
            throw new IllegalStateException("Regime " + text(r, "id") + " has no source");
        }
        return new Regime(id, text(r, "name"), Set.copyOf(jurisdictions), Set.copyOf(channels),
                parsed(r, "validFrom", LocalDate::parse), optional(r, "validTo", LocalDate::parse), allowance, excess, fees,
                text(r, "legalReference"), List.copyOf(sources), parsed(r, "confidence", Confidence::valueOf),
                r.path("caveat").asString(""));
    }

    private static Fee fee(String regimeId, JsonNode f) {
        String id = text(f, "id");
        Fee.Kind kind = Fee.Kind.valueOf(text(f, "kind"));
        List<Fee.Band> bands = new ArrayList<>();
        for (JsonNode b : f.path("bands")) {
            bands.add(new Fee.Band(money(b.path("above")),
                    b.path("upTo").isObject() ? Optional.of(money(b.path("upTo"))) : Optional.empty(), money(b.path("fee"))));
        }
        List<Fee.DatedAmount> baseAmounts = new ArrayList<>();
        for (JsonNode a : f.path("baseAmounts")) {
            baseAmounts.add(new Fee.DatedAmount(money(a.path("amount")), LocalDate.parse(text(a, "validFrom")), text(a, "source")));
        }
        Optional<Money> amount = f.path("amount").isObject() ? Optional.of(money(f.path("amount"))) : Optional.empty();
        boolean complete = switch (kind) {
            case FIXED -> amount.isPresent();
            case BY_VALUE_BAND -> !bands.isEmpty();
            case PER_KG_OF_BASE_AMOUNT -> f.hasNonNull("percentOfBase") && !baseAmounts.isEmpty();
        };
        if (!complete) {
            throw new IllegalStateException("Fee " + id + " of regime " + regimeId + " lacks what a " + kind + " fee needs");
        }
        List<String> sources = new ArrayList<>();
        f.path("sources").forEach(s -> sources.add(s.asString()));
        if (sources.isEmpty()) {
            throw new IllegalStateException("Fee " + id + " of regime " + regimeId + " has no source");
        }
        return new Fee(id, text(f, "name"), kind, Fee.When.valueOf(text(f, "when")), Payer.valueOf(text(f, "payer")), amount,
                bands, optional(f, "percentOfBase", BigDecimal::new), baseAmounts, LocalDate.parse(text(f, "validFrom")),
                optional(f, "validTo", LocalDate::parse), text(f, "legalReference"), List.copyOf(sources),
                Confidence.valueOf(text(f, "confidence")), f.path("note").asString(""));
    }

    private static Money money(JsonNode node) {
        String amount = text(node, "amount");
        String currency = text(node, "currency");
        try {
            return Money.of(amount, currency);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Not an amount with an ISO 4217 currency: " + amount + " " + currency, e);
        }
    }

    /** The field's value parsed; a value that does not parse is reported with the field's name. */
    private static <T> T parsed(JsonNode node, String field, Function<String, T> parse) {
        return parsed(field, text(node, field), parse);
    }

    private static <T> T parsed(String field, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Reference data field " + field + " has a value that is not allowed: " + value, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("Reference data field missing: " + field + " in " + brief(node));
        }
        return value.asString();
    }

    /** The node as text, cut short: a message names the field, it need not repeat a whole regime. */
    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static <T> Optional<T> optional(JsonNode node, String field, Function<String, T> parse) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(parsed(field, value.asString(), parse));
    }
}
