package org.reassure.insights.web;

import java.util.List;

import org.reassure.insights.internal.Filter;
import org.reassure.platform.Choice;
import org.reassure.platform.FormErrors;

/** A statistics page's filter as read: the figures to show, the form as shown again, its errors and its choices. */
record FilterPage(Filter filter, FilterForm form, FormErrors errors, List<Choice> units, List<Choice> strands) {}
