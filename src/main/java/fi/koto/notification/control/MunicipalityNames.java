package fi.koto.notification.control;

import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.reference.control.MunicipalityName;
import fi.koto.reference.entity.Municipality;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The names of some municipalities, read in each recipient's language (Swedish readers get Swedish names). */
public record MunicipalityNames(List<MunicipalityName> names) implements Localized {

    public MunicipalityNames {
        names = names.stream()
                .sorted(Comparator.comparing(MunicipalityName::code))
                .toList();
    }

    public static MunicipalityNames of(Collection<Municipality> municipalities) {
        return new MunicipalityNames(municipalities.stream()
                .map(m -> new MunicipalityName(m.getCode(), m.getNameFi(), m.getNameSv()))
                .toList());
    }

    @Override
    public String in(SupportedLanguage language) {
        return names.stream().map(name -> name.name(language.code())).collect(Collectors.joining(", "));
    }
}
