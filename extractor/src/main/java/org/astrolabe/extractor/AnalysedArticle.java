package org.astrolabe.extractor;

import java.util.List;

import edu.stanford.nlp.util.CoreMap;
import org.astrolabe.extractor.resolve.ResolvedArticle;

/**
 * An article read up to resolution: CoreNLP's sentences (tokens, NER, enhanced++ dependencies) and the
 * entities and mentions resolved over them. What the relation stages read.
 */
public record AnalysedArticle(List<CoreMap> sentences, ResolvedArticle resolved) {}
