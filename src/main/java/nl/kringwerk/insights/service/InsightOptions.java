package nl.kringwerk.insights.service;

import java.util.List;

/** What the funder can choose on the page: the years with figures and the municipalities in her scope. */
public record InsightOptions(List<Integer> years, List<String> municipalities) {}
