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

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The "stemmer" token filter's language names, as in Elasticsearch's StemmerTokenFilterFactory. */
final class Stemmers {

    private static final Map<String, Function<TokenStream, TokenStream>> BY_NAME = new HashMap<>();

    static {
        // A language's stemmer, then its light and minimal ones (null: none), named as Elasticsearch names them.
        language("english", PorterStemFilter::new, KStemFilter::new, EnglishMinimalStemFilter::new);
        language("french", snowball(FrenchStemmer::new), FrenchLightStemFilter::new, FrenchMinimalStemFilter::new);
        language("german", snowball(GermanStemmer::new), GermanLightStemFilter::new, GermanMinimalStemFilter::new);
        language("portuguese", snowball(PortugueseStemmer::new), PortugueseLightStemFilter::new,
                PortugueseMinimalStemFilter::new);
        language("spanish", snowball(SpanishStemmer::new), SpanishLightStemFilter::new, null);
        language("russian", snowball(RussianStemmer::new), RussianLightStemFilter::new, null);
        language("italian", snowball(ItalianStemmer::new), ItalianLightStemFilter::new, null);
        language("dutch", snowball(DutchStemmer::new), null, null);
        language("arabic", ArabicStemFilter::new, null, null);
        variant("possessive", "english", EnglishPossessiveFilter::new);
        // Names outside the pattern.
        BY_NAME.put("porter", PorterStemFilter::new);
        BY_NAME.put("kstem", KStemFilter::new);
        BY_NAME.put("spanish_plural", SpanishPluralStemFilter::new);
        BY_NAME.put("portuguese_rslp", PortugueseStemFilter::new);
    }

    private Stemmers() {}

    static Function<TokenStream, TokenStream> stemmer(String language) {
        Function<TokenStream, TokenStream> stemmer = BY_NAME.get(language.toLowerCase(Locale.ROOT));
        if (stemmer == null) {
            throw new IllegalArgumentException("Unknown stemmer language [" + language + "] (not provided by this test engine)");
        }
        return stemmer;
    }

    private static void language(String name, Function<TokenStream, TokenStream> full,
            Function<TokenStream, TokenStream> light, Function<TokenStream, TokenStream> minimal) {
        BY_NAME.put(name, full);
        variant("light", name, light);
        variant("minimal", name, minimal);
    }

    /** "light_french", also spelt "lightfrench" (Elasticsearch compares its camel-case "lightFrench" ignoring case). */
    private static void variant(String kind, String language, Function<TokenStream, TokenStream> stemmer) {
        if (stemmer != null) {
            BY_NAME.put(kind + "_" + language, stemmer);
            BY_NAME.put(kind + language, stemmer);
        }
    }

    /** A Snowball stemmer, a new one for each token stream (they keep state). */
    private static Function<TokenStream, TokenStream> snowball(Supplier<SnowballStemmer> stemmer) {
        return ts -> new SnowballFilter(ts, stemmer.get());
    }
}
