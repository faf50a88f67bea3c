/** The tool's version, recorded in every report; kept equal to package.json by a test. */
export const VERSION = '0.1.0';
