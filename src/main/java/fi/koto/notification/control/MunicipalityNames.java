package fi.koto.notification.control;

import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.reference.entity.Municipality;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The names of some municipalities, read in each recipient's language (Swedish readers get Swedish names). */
public record MunicipalityNames(List<Name> names) implements Localized {

    public record Name(String code, String fi, String sv) {

        String in(SupportedLanguage language) {
            return language == SupportedLanguage.SV ? sv : fi;
        }
    }

    public MunicipalityNames {
        names = names.stream().sorted(Comparator.comparing(Name::code)).toList();
    }

    public static MunicipalityNames of(Collection<Municipality> municipalities) {
        return new MunicipalityNames(municipalities.stream()
                .map(m -> new Name(m.getCode(), m.getNameFi(), m.getNameSv())).toList());
    }

    @Override
    public String in(SupportedLanguage language) {
        return names.stream().map(name -> name.in(language)).collect(Collectors.joining(", "));
    }
}
