package org.caravan.clearance.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.caravan.common.NotFound;
import org.caravan.common.Violations;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.DutyRate;
import org.caravan.reference.DutyTariff;
import org.caravan.reference.Fee;
import org.caravan.reference.Jurisdiction;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Regime;
import org.caravan.reference.RegimePins;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The rules each jurisdiction applies, as data with their legal basis, sources, confidence
 * and caveats, the regime in force per channel on a date, and the pin an administration
 * sets to keep an earlier regime until it confirms the start of the next.
 */
@RestController
@RequestMapping("/api/v1/jurisdictions")
class RegimeController {

    private final Jurisdictions jurisdictions;
    private final DeMinimisCalculator calculator;
    private final RegimePins pins;
    private final DutyTariff tariff;

    RegimeController(Jurisdictions jurisdictions, DeMinimisCalculator calculator, RegimePins pins, DutyTariff tariff) {
        this.jurisdictions = jurisdictions;
        this.calculator = calculator;
        this.pins = pins;
        this.tariff = tariff;
    }

    record JurisdictionResponse(String code, String name, String administration, String currency, String timeZone,
            Optional<String> customsUnion, List<VatResponse> importVat) {

        static JurisdictionResponse of(Jurisdiction j) {
            return new JurisdictionResponse(j.code().value(), j.name(), j.administration(), j.currency().getCurrencyCode(),
                    j.timeZone().getId(), j.customsUnion(), j.importVat().stream().map(VatResponse::of).toList());
        }
    }

    record VatResponse(BigDecimal ratePercent, LocalDate validFrom, Optional<LocalDate> validTo, String confidence,
            String source) {

        static VatResponse of(Jurisdiction.DatedRate r) {
            return new VatResponse(r.ratePercent(), r.validFrom(), r.validTo(), r.confidence().name(), r.source());
        }
    }

    record RegimesResponse(String jurisdiction, LocalDate on, List<InForce> inForce, Optional<PinResponse> pin,
            List<RegimeResponse> regimes, List<DutyRateResponse> dutyRates) {
    }

    /** Which regime parcels of a channel are assessed under on the date; none means a full declaration. */
    record InForce(String channel, Optional<String> regimeId) {
    }

    record RegimeResponse(String id, String name, List<String> jurisdictions, List<String> channels, LocalDate validFrom,
            Optional<LocalDate> validTo, String allowanceBasis, Money allowance, Optional<BigDecimal> allowanceGrossMassKg,
            String aboveAllowance, Optional<BigDecimal> ratePercent, Optional<Money> minimumPerKg, String aboveAllowanceNote,
            List<FeeResponse> fees, String legalReference, List<String> sources, String confidence, String caveat) {

        static RegimeResponse of(Regime r) {
            return new RegimeResponse(r.id(), r.name(), r.jurisdictions().stream().map(CountryCode::value).sorted().toList(),
                    r.channels().stream().map(Channel::name).sorted().toList(), r.validFrom(), r.validTo(),
                    r.allowance().basis().name(), r.allowance().value(), r.allowance().grossMassKg(), r.excess().method().name(),
                    r.excess().ratePercent(), r.excess().minimumPerKg(), r.excess().note(),
                    r.fees().stream().map(FeeResponse::of).toList(), r.legalReference(), r.sources(), r.confidence().name(),
                    r.caveat());
        }
    }

    record FeeResponse(String id, String name, String kind, String when, String payer, Optional<Money> amount,
            List<BandResponse> bands, Optional<BigDecimal> percentOfBase, List<BaseAmountResponse> baseAmounts,
            LocalDate validFrom, Optional<LocalDate> validTo, String legalReference, List<String> sources, String confidence,
            String note) {

        static FeeResponse of(Fee f) {
            return new FeeResponse(f.id(), f.name(), f.kind().name(), f.when().name(), f.payer().name(), f.amount(),
                    f.bands().stream().map(b -> new BandResponse(b.above(), b.upTo(), b.fee())).toList(), f.percentOfBase(),
                    f.baseAmounts().stream().map(a -> new BaseAmountResponse(a.amount(), a.validFrom(), a.source())).toList(),
                    f.validFrom(), f.validTo(), f.legalReference(), f.sources(), f.confidence().name(), f.note());
        }
    }

    record BandResponse(Money above, Optional<Money> upTo, Money fee) {
    }

    record BaseAmountResponse(Money amount, LocalDate validFrom, String source) {
    }

    record DutyRateResponse(String hsPrefix, Optional<BigDecimal> ratePercent, LocalDate validFrom,
            Optional<LocalDate> validTo, String confidence, String source, String note) {

        static DutyRateResponse of(DutyRate r) {
            return new DutyRateResponse(r.hsPrefix(), r.ratePercent(), r.validFrom(), r.validTo(), r.confidence().name(),
                    r.source(), r.note());
        }
    }

    record PinResponse(String jurisdiction, Optional<String> regimeId, String pinnedBy, String reason, Instant at) {

        static PinResponse of(RegimePins.Pin p) {
            return new PinResponse(p.jurisdiction().value(), p.regimeId(), p.pinnedBy(), p.reason(), p.at());
        }
    }

    record PinBody(String regimeId, String reason) {
    }

    @Operation(summary = "The jurisdictions Caravan clears for", description = "Any authenticated party.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<JurisdictionResponse> all(Caller caller) {
        return jurisdictions.all().stream().map(JurisdictionResponse::of).toList();
    }

    @Operation(summary = "A jurisdiction's regimes, duty rates and pin",
            description = "Every dated regime of the jurisdiction with its allowance, charges, fees, legal reference, "
                    + "sources, confidence and caveat; which one applies per channel on the date `on` (default today on "
                    + "the jurisdiction's clock), counting an administration's pin. Any authenticated party.")
    @GetMapping(path = "/{code}/regimes", produces = MediaType.APPLICATION_JSON_VALUE)
    RegimesResponse regimes(Caller caller, @PathVariable String code, @RequestParam(required = false) String on) {
        CountryCode jurisdiction = known(code);
        Violations v = new Violations();
        LocalDate date = on == null ? jurisdictions.dateIn(jurisdiction, Instant.now())
                : DocumentController.date(v, "/on", on).orElse(null);
        v.throwIfAny();
        List<InForce> inForce = java.util.Arrays.stream(Channel.values())
                .map(ch -> new InForce(ch.name(), calculator.regimeFor(jurisdiction, ch, date).map(Regime::id))).toList();
        Optional<PinResponse> pin = pins.history(jurisdiction).stream().reduce((a, b) -> b)
                .filter(p -> p.regimeId().isPresent()).map(PinResponse::of);
        return new RegimesResponse(jurisdiction.value(), date, inForce, pin,
                jurisdictions.regimesOf(jurisdiction).stream().map(RegimeResponse::of).toList(),
                tariff.rates(jurisdiction).stream().map(DutyRateResponse::of).toList());
    }

    @Operation(summary = "Keep a regime in force for the jurisdiction, or let the dated regimes choose again",
            description = "By an officer of the jurisdiction's administration or an ADMIN. `regimeId` null unpins. "
                    + "The reason is required and kept with who set the pin and when.")
    @PutMapping(path = "/{code}/regime-pin", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PinResponse pin(Caller caller, @PathVariable String code, @RequestBody PinBody body) {
        CountryCode jurisdiction = known(code);
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        if (!caller.administers(jurisdiction)) {
            throw new NotFound("No jurisdiction " + code + " you administer");
        }
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        if (v.required("/reason", body.reason())) {
            v.maxLength("/reason", body.reason(), 1000);
        }
        if (body.regimeId() != null && jurisdictions.regime(body.regimeId())
                .filter(r -> r.jurisdictions().contains(jurisdiction)).isEmpty()) {
            v.add("/regimeId", "unknown-regime", "not a regime of " + jurisdiction + "; see GET /api/v1/jurisdictions/"
                    + jurisdiction + "/regimes");
        }
        v.throwIfAny();
        String actor = caller.clientId();
        RegimePins.Pin pin = body.regimeId() == null ? pins.unpin(jurisdiction, actor, body.reason().trim())
                : pins.pin(jurisdiction, body.regimeId(), actor, body.reason().trim());
        return PinResponse.of(pin);
    }

    @Operation(summary = "Every pin set or lifted for the jurisdiction, oldest first", description = "Any authenticated party.")
    @GetMapping(path = "/{code}/regime-pin/history", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PinResponse> pinHistory(Caller caller, @PathVariable String code) {
        return pins.history(known(code)).stream().map(PinResponse::of).toList();
    }

    private CountryCode known(String code) {
        return Optional.ofNullable(code).filter(CountryCode::isValid).map(CountryCode::of)
                .filter(jurisdictions::clearsFor)
                .orElseThrow(() -> new NotFound("Caravan does not clear for " + code));
    }
}
