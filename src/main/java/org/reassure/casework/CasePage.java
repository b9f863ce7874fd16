package org.reassure.casework;

import java.util.List;

import org.reassure.platform.Paged;

/** One page of a case list, with the total that matched. */
public record CasePage(List<CaseSummary> cases, int page, int pageSize, long total) implements Paged {}
