package nl.kringwerk;

import java.util.List;

/**
 * Names as the people in the groups write them, one per script the printed forms must carry. The
 * Arabic ones are typed in logical order (the order they are spoken), as a keyboard enters them.
 */
public final class WorldNames {

    public static final String TURKISH = "Şükran Yıldız";
    public static final String POLISH = "Małgorzata Łęcka";
    public static final String VIETNAMESE = "Nguyễn Thị Hương";
    public static final String UKRAINIAN = "Олена Коваленко";
    public static final String ARABIC = "فاطمة الزهراء";
    /** Lam-alef and the word Allah: a font joins these letters into single glyphs. */
    public static final String ARABIC_LIGATURES = "علاء عبدالله";
    /** Tigrinya in Ge'ez (Ethiopic) script. */
    public static final String GEEZ = "ትዕግሥት ኃይሌ";

    public static final List<String> ALL =
            List.of(TURKISH, POLISH, VIETNAMESE, UKRAINIAN, ARABIC, ARABIC_LIGATURES, GEEZ);

    private WorldNames() {}
}
