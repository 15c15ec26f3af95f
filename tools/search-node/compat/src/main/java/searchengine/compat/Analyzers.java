package searchengine.compat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static searchengine.compat.Factories.analyzer;
import static searchengine.compat.Factories.stemExclusion;
import static searchengine.compat.Factories.stopwords;

/** Lucene's language analyzers under Elasticsearch's names. */
final class Analyzers {

    private Analyzers() {}

    /** Configurable with "stopwords", "stopwords_path" and "stem_exclusion", like in ES. */
    static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> all() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> a = new TreeMap<>();
        a.put("english", analyzer((e, s) ->
            new EnglishAnalyzer(stopwords(e, s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), stemExclusion(s))));
        a.put("french", analyzer((e, s) ->
            new FrenchAnalyzer(stopwords(e, s, FrenchAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("spanish", analyzer((e, s) ->
            new SpanishAnalyzer(stopwords(e, s, SpanishAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("portuguese", analyzer((e, s) ->
            new PortugueseAnalyzer(stopwords(e, s, PortugueseAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("russian", analyzer((e, s) ->
            new RussianAnalyzer(stopwords(e, s, RussianAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("arabic", analyzer((e, s) ->
            new ArabicAnalyzer(stopwords(e, s, ArabicAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("german", analyzer((e, s) ->
            new GermanAnalyzer(stopwords(e, s, GermanAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("italian", analyzer((e, s) ->
            new ItalianAnalyzer(stopwords(e, s, ItalianAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("dutch", analyzer((e, s) ->
            new DutchAnalyzer(stopwords(e, s, DutchAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("cjk", analyzer((e, s) -> new CJKAnalyzer(stopwords(e, s, CJKAnalyzer.getDefaultStopSet()))));
        return a;
    }

    /** The same analyzers with default settings, usable by name in mappings and _analyze (ES registers both too). */
    static List<PreBuiltAnalyzerProviderFactory> prebuilt() {
        return List.of(
            prebuilt("english", EnglishAnalyzer::new),
            prebuilt("french", FrenchAnalyzer::new),
            prebuilt("spanish", SpanishAnalyzer::new),
            prebuilt("portuguese", PortugueseAnalyzer::new),
            prebuilt("russian", RussianAnalyzer::new),
            prebuilt("arabic", ArabicAnalyzer::new),
            prebuilt("german", GermanAnalyzer::new),
            prebuilt("italian", ItalianAnalyzer::new),
            prebuilt("dutch", DutchAnalyzer::new),
            prebuilt("cjk", CJKAnalyzer::new)
        );
    }

    private static PreBuiltAnalyzerProviderFactory prebuilt(String name, Supplier<Analyzer> supplier) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.LUCENE, supplier);
    }
}
