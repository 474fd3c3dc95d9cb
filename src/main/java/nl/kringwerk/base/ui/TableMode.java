package nl.kringwerk.base.ui;

/**
 * A view used at the table (meeting mode, the listening runner): every centimetre of the tablet is
 * for the meeting, so the layout closes the menu drawer when such a view opens.
 */
public interface TableMode {}
