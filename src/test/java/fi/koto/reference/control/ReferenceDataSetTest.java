package fi.koto.reference.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.reference.entity.AuthorityKind;
import fi.koto.reference.entity.LanguageStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants of the shipped reference data, checked on exactly what the migration loads. */
class ReferenceDataSetTest {

    private static final ReferenceDataSet DATA = ReferenceDataSet.load();

    @Test
    void municipalityCodesAreUniqueThreeDigitCodes() {
        assertThat(DATA.municipalities()).hasSize(308);
        Set<String> codes = new HashSet<>();
        for (var m : DATA.municipalities()) {
            assertThat(m.code()).matches("\\d{3}");
            assertThat(codes.add(m.code())).as("duplicate " + m.code()).isTrue();
            assertThat(m.nameFi()).isNotBlank();
            assertThat(m.nameSv()).isNotBlank();
        }
        assertThat(codes).doesNotContain("588"); // Pertunmaa merged into Mäntyharju on 1.1.2025
        assertThat(DATA.municipalities().stream().filter(m -> m.aland())).hasSize(16);
        assertThat(DATA.regions()).hasSize(19);
    }

    @Test
    void authoritiesAreFifteenElyCentresThenTenElinvoimakeskukset() {
        assertThat(DATA.authorities().stream().filter(a -> a.kind() == AuthorityKind.ELY_CENTRE))
                .hasSize(15)
                .allMatch(a -> a.validTo().equals(LocalDate.of(2025, 12, 31)));
        assertThat(DATA.authorities().stream().filter(a -> a.kind() == AuthorityKind.ELINVOIMAKESKUS))
                .hasSize(10)
                .allMatch(a -> a.validFrom().equals(LocalDate.of(2026, 1, 1)) && a.validTo() == null);
        assertThat(DATA.authorities().stream()
                        .map(ReferenceDataSet.Authority::code)
                        .distinct())
                .hasSize(25);
    }

    @Test
    void everyMainlandMunicipalityIsServedByExactlyOneAuthorityOnAnyDate() {
        List<LocalDate> dates = List.of(
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2018, 6, 15),
                LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 22),
                LocalDate.of(2040, 1, 1));
        Map<Long, ReferenceDataSet.Authority> authorities = DATA.authorities().stream()
                .collect(Collectors.toMap(ReferenceDataSet.Authority::id, Function.identity()));
        for (var m : DATA.municipalities()) {
            for (LocalDate date : dates) {
                var serving = DATA.serviceAreas().stream()
                        .filter(s -> s.municipalityCode().equals(m.code()))
                        .filter(s ->
                                !date.isBefore(s.validFrom()) && (s.validTo() == null || !date.isAfter(s.validTo())))
                        .toList();
                if (m.aland()) {
                    assertThat(serving).as(m.code() + " (Åland) on " + date).isEmpty();
                } else {
                    assertThat(serving).as(m.code() + " on " + date).hasSize(1);
                    var authority = authorities.get(serving.get(0).authorityId());
                    assertThat(!date.isBefore(authority.validFrom())
                                    && (authority.validTo() == null || !date.isAfter(authority.validTo())))
                            .as("authority exists on " + date)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void historyIsKeptWhenTheAuthorityChanges() {
        var helsinki = DATA.serviceAreas().stream()
                .filter(s -> s.municipalityCode().equals("091"))
                .toList();
        assertThat(helsinki).hasSize(2);
        Map<Long, String> codes = DATA.authorities().stream()
                .collect(Collectors.toMap(ReferenceDataSet.Authority::id, ReferenceDataSet.Authority::code));
        assertThat(helsinki).extracting(s -> codes.get(s.authorityId())).containsExactlyInAnyOrder("ELY01", "EVK01");
        var jyvaskyla = DATA.serviceAreas().stream()
                .filter(s -> s.municipalityCode().equals("179"))
                .map(s -> codes.get(s.authorityId()))
                .toList();
        assertThat(jyvaskyla).containsExactlyInAnyOrder("ELY10", "EVK05");
    }

    @Test
    void samiHomelandMunicipalitiesHaveNorthernSamiNamesAndLanguagesAreKnown() {
        Map<String, ReferenceDataSet.Municipality> byCode = DATA.municipalities().stream()
                .collect(Collectors.toMap(ReferenceDataSet.Municipality::code, Function.identity()));
        assertThat(byCode.get("148").nameSe()).isEqualTo("Anár");
        assertThat(byCode.get("890").nameSe()).isEqualTo("Ohcejohka");
        assertThat(byCode.get("047").nameSe()).isEqualTo("Eanodat");
        assertThat(byCode.get("758").nameSe()).isEqualTo("Soađegilli");
        assertThat(DATA.municipalities().stream().filter(m -> m.nameSe() != null))
                .hasSize(4);
        assertThat(byCode.get("091").language()).isEqualTo(LanguageStatus.BILINGUAL_FINNISH_MAJORITY);
        assertThat(byCode.get("091").nameSv()).isEqualTo("Helsingfors");
        assertThat(byCode.get("092").nameSv()).isEqualTo("Vanda");
        assertThat(DATA.municipalities().stream().filter(m -> m.language().isBilingual()))
                .hasSize(33);
    }
}
