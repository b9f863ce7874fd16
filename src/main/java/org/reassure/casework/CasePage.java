package org.reassure.casework;

import java.util.List;

/** One page of a case list, with the total that matched. */
public record CasePage(List<CaseSummary> cases, int page, int pageSize, long total) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
