package org.reassure.platform;

/** A page of a longer list: which page, how many to a page and how many in all, and what the pagination needs. */
public interface Paged {

    int page();

    int pageSize();

    long total();

    default int pages() {
        return (int) Math.max(1, (total() + pageSize() - 1) / pageSize());
    }

    default boolean hasNext() {
        return page() < pages();
    }

    default boolean hasPrevious() {
        return page() > 1;
    }
}
