package searchengine.compat;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/** The "stemmer" token filter's language names, as in Elasticsearch's StemmerTokenFilterFactory. */
final class Stemmers {

    private Stemmers() {}

    static Function<TokenStream, TokenStream> stemmer(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "english", "porter" -> PorterStemFilter::new;
            case "light_english", "lightenglish", "kstem" -> KStemFilter::new;
            case "minimal_english", "minimalenglish" -> EnglishMinimalStemFilter::new;
            case "possessive_english", "possessiveenglish" -> EnglishPossessiveFilter::new;
            case "french" -> snowball(FrenchStemmer::new);
            case "light_french", "lightfrench" -> FrenchLightStemFilter::new;
            case "minimal_french", "minimalfrench" -> FrenchMinimalStemFilter::new;
            case "spanish" -> snowball(SpanishStemmer::new);
            case "light_spanish", "lightspanish" -> SpanishLightStemFilter::new;
            case "spanish_plural" -> SpanishPluralStemFilter::new;
            case "portuguese" -> snowball(PortugueseStemmer::new);
            case "light_portuguese", "lightportuguese" -> PortugueseLightStemFilter::new;
            case "minimal_portuguese", "minimalportuguese" -> PortugueseMinimalStemFilter::new;
            case "portuguese_rslp" -> PortugueseStemFilter::new;
            case "russian" -> snowball(RussianStemmer::new);
            case "light_russian", "lightrussian" -> RussianLightStemFilter::new;
            case "arabic" -> ArabicStemFilter::new;
            case "german" -> snowball(GermanStemmer::new);
            case "light_german", "lightgerman" -> GermanLightStemFilter::new;
            case "minimal_german", "minimalgerman" -> GermanMinimalStemFilter::new;
            case "italian" -> snowball(ItalianStemmer::new);
            case "light_italian", "lightitalian" -> ItalianLightStemFilter::new;
            case "dutch" -> snowball(DutchStemmer::new);
            default -> throw new IllegalArgumentException("Unknown stemmer language [" + language + "] (not provided by this test engine)");
        };
    }

    /** A Snowball stemmer, a new one for each token stream (they keep state). */
    private static Function<TokenStream, TokenStream> snowball(Supplier<SnowballStemmer> stemmer) {
        return ts -> new SnowballFilter(ts, stemmer.get());
    }
}
