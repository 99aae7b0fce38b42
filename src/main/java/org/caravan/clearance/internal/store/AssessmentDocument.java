package org.caravan.clearance.internal.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.caravan.clearance.internal.model.AllowanceUse;
import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.ChargeLine;
import org.caravan.clearance.internal.model.ChargeType;
import org.caravan.clearance.internal.model.Hold;
import org.caravan.clearance.internal.model.RateUsed;
import org.caravan.clearance.internal.model.RegimeApplied;
import org.caravan.reference.Allowance;
import org.caravan.reference.Confidence;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.risk.RiskReason;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of an assessment and of risk reasons: JSON that reads back into the same
 * objects, amounts as exact decimal strings, versioned so the form can change without losing
 * what was assessed. Since version 3 the regime is stored by its id and its name, legal
 * reference, sources and caveat are read from the regime catalogue: they were most of every
 * case's row, the same text for every parcel. A regime id is never reused for another rule
 * (a changed rule is a new dated regime), so the id says exactly what was applied.
 * Version 2 documents carry the whole regime; those written before the typed model (no
 * {@code version}) are read from their old keys.
 */
final class AssessmentDocument {

    static final int VERSION = 3;
    private static final TypeReference<List<RiskReason>> REASONS = new TypeReference<>() {
    };
    private static final JsonMapper REASONS_JSON = JsonMapper.builder().build();

    /** Stands for the regime's legal reference in a stored charge line. */
    static final String REGIME_BASIS = "@regime";

    private final JsonMapper json;

    AssessmentDocument(Function<String, Optional<RegimeApplied>> catalogue) {
        this.json = JsonMapper.builder().addModule(new SimpleModule("stored-assessment")
                .addSerializer(Money.class, new MoneyWriter()).addDeserializer(Money.class, new MoneyReader())
                .addSerializer(RegimeApplied.class, new RegimeIdWriter())
                .addDeserializer(RegimeApplied.class, new RegimeReader(catalogue))).build();
    }

    /** Reads regimes from the catalogue of {@code jurisdictions}. */
    static Function<String, Optional<RegimeApplied>> catalogue(Jurisdictions jurisdictions) {
        Map<String, RegimeApplied> byId = new HashMap<>();
        jurisdictions.regimes().forEach(r -> byId.put(r.id(), RegimeApplied.of(r)));
        return id -> Optional.ofNullable(byId.get(id));
    }

    String write(Assessment assessment) {
        // the version leads the object; written by hand so each parcel is serialised once, not via a tree
        return "{\"version\":" + VERSION + "," + json.writeValueAsString(withLegalBasis(assessment, REGIME_BASIS)).substring(1);
    }

    Assessment read(String stored) {
        JsonNode node = json.readTree(stored);
        if (node.has("version")) {
            ((ObjectNode) node).remove("version");
            return withLegalBasis(json.treeToValue(node, Assessment.class), null);
        }
        return legacy(node);
    }

    /**
     * A line levied under the regime's own legal reference stores a marker instead of the
     * text, as the regime itself is stored by id: the reference is read back from the
     * catalogue, and the case row does not repeat it for every parcel.
     */
    private static Assessment withLegalBasis(Assessment a, String marker) {
        if (a.regime().isEmpty() || a.charges().isEmpty()) {
            return a;
        }
        String reference = a.regime().get().legalReference();
        String from = marker == null ? REGIME_BASIS : reference;
        String to = marker == null ? reference : REGIME_BASIS;
        if (a.charges().stream().noneMatch(l -> l.legalBasis().equals(from))) {
            return a;
        }
        List<ChargeLine> lines = a.charges().stream().map(l -> !l.legalBasis().equals(from) ? l
                : new ChargeLine(l.type(), l.base(), l.ratePercent(), l.amount(), l.due(), to, l.explanation(), l.name(),
                        l.payer(), l.perKg(), l.massKg(), l.minimumApplied())).toList();
        return new Assessment(a.regime(), a.assessedOn(), a.customsValue(), a.valueInAllowanceCurrency(), a.rates(),
                a.allowance(), a.excessValue(), a.excessMassKg(), a.dutyFree(), a.chargeComputed(), lines, a.totalDue(),
                a.holds(), a.reassessedValue(), a.officerAssessment());
    }

    static String writeReasons(List<RiskReason> reasons) {
        return REASONS_JSON.writeValueAsString(reasons);
    }

    static List<RiskReason> readReasons(String stored) {
        return REASONS_JSON.readValue(stored, REASONS);
    }

    /** The untyped map of the first version, as AssessConsignment.render wrote it. */
    private static Assessment legacy(JsonNode n) {
        Optional<RegimeApplied> regime = Optional.of(n.path("regime")).filter(JsonNode::isObject).map(r -> {
            List<String> sources = new ArrayList<>();
            r.path("sources").forEach(s -> sources.add(s.asString()));
            return new RegimeApplied(r.path("id").asString(), r.path("name").asString(), r.path("legalReference").asString(),
                    LocalDate.parse(r.path("validFrom").asString()), Optional.empty(),
                    Confidence.valueOf(r.path("confidence").asString()), sources, r.path("caveat").asString(""));
        });
        List<RateUsed> rates = new ArrayList<>();
        rate(n.path("valuationRate"), RateUsed.Purpose.VALUATION).ifPresent(rates::add);
        List<ChargeLine> charges = new ArrayList<>();
        for (JsonNode c : n.path("charges")) {
            rate(c.path("paymentRate"), RateUsed.Purpose.PAYMENT).ifPresent(rates::add);
            charges.add(new ChargeLine(ChargeType.valueOf(c.path("type").asString()), money(n.path("excessValue")).orElseThrow(),
                    Optional.empty(), money(c.path("amount")).orElseThrow(), money(c.path("due")).orElseThrow(),
                    c.path("legalReference").asString(), c.path("description").asString()));
        }
        JsonNode a = n.path("allowance");
        Optional<AllowanceUse> allowance = a.isObject() ? Optional.of(new AllowanceUse(
                Allowance.Basis.valueOf(a.path("basis").asString()), money(a.path("value")).orElseThrow(),
                Optional.of(a.path("grossMassKg").asString()).filter(kg -> !kg.equals("none")).map(BigDecimal::new),
                money(a.path("usedBefore")).orElseThrow(), money(a.path("usedAfter")).orElseThrow())) : Optional.empty();
        List<Hold> holds = new ArrayList<>();
        n.path("holds").forEach(h -> holds.add(hold(h.asString())));
        return new Assessment(regime, Optional.of(n.path("assessedOn")).filter(JsonNode::isString).map(d -> LocalDate.parse(d.asString())),
                money(n.path("customsValue")), money(n.path("valueInAllowanceCurrency")), rates, allowance,
                money(n.path("excessValue")),
                Optional.of(n.path("excessMassKg")).filter(JsonNode::isString).map(kg -> new BigDecimal(kg.asString())),
                n.path("dutyFree").asBoolean(false), n.path("chargeComputed").asBoolean(false), charges,
                money(n.path("totalDue")), holds, money(n.path("reassessedValue")), money(n.path("officerAssessment")));
    }

    private static Hold hold(String text) {
        Hold.Reason reason = text.startsWith("No clearance regime") ? Hold.Reason.NO_REGIME_IN_FORCE
                : text.contains("not identified") ? Hold.Reason.RECIPIENT_UNIDENTIFIED : Hold.Reason.CHARGE_NOT_CONFIRMED;
        return new Hold(reason, text);
    }

    private static Optional<RateUsed> rate(JsonNode r, RateUsed.Purpose purpose) {
        return r.isObject() ? Optional.of(new RateUsed(purpose, Currency.getInstance(r.path("from").asString()),
                Currency.getInstance(r.path("to").asString()), new BigDecimal(r.path("rate").asString()),
                LocalDate.parse(r.path("date").asString()), r.path("source").asString())) : Optional.empty();
    }

    private static Optional<Money> money(JsonNode m) {
        return m.isObject() ? Optional.of(Money.of(m.path("amount").asString(), m.path("currency").asString()))
                : Optional.empty();
    }

    private static final class RegimeIdWriter extends ValueSerializer<RegimeApplied> {

        @Override
        public void serialize(RegimeApplied regime, JsonGenerator out, SerializationContext context) {
            out.writeString(regime.id());
        }
    }

    /** A regime id (version 3) from the catalogue, or the whole regime as version 2 stored it. */
    private static final class RegimeReader extends ValueDeserializer<RegimeApplied> {

        private final Function<String, Optional<RegimeApplied>> catalogue;

        RegimeReader(Function<String, Optional<RegimeApplied>> catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public RegimeApplied deserialize(JsonParser in, DeserializationContext context) {
            JsonNode r = context.readTree(in);
            if (r.isString()) {
                return catalogue.apply(r.asString()).orElseThrow(() -> new IllegalStateException("Regime " + r.asString()
                        + " is not in the catalogue: a regime applied to a case is closed with a validTo, never removed"));
            }
            List<String> sources = new ArrayList<>();
            r.path("sources").forEach(s -> sources.add(s.asString()));
            return new RegimeApplied(r.path("id").asString(), r.path("name").asString(), r.path("legalReference").asString(),
                    LocalDate.parse(r.path("validFrom").asString()),
                    Optional.of(r.path("validTo")).filter(JsonNode::isString).map(d -> LocalDate.parse(d.asString())),
                    Confidence.valueOf(r.path("confidence").asString()), sources, r.path("caveat").asString(""));
        }
    }

    private static final class MoneyWriter extends ValueSerializer<Money> {

        @Override
        public void serialize(Money money, JsonGenerator out, SerializationContext context) {
            out.writeStartObject();
            out.writeStringProperty("amount", money.amount().toPlainString());
            out.writeStringProperty("currency", money.currency().getCurrencyCode());
            out.writeEndObject();
        }
    }

    private static final class MoneyReader extends ValueDeserializer<Money> {

        @Override
        public Money deserialize(JsonParser in, DeserializationContext context) {
            JsonNode node = context.readTree(in);
            return Money.of(node.get("amount").asString(), node.get("currency").asString());
        }
    }
}
