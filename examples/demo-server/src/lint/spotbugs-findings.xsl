<?xml version="1.0" encoding="UTF-8"?>
<!-- target/spotbugsXml.xml as one line per bug: file:line message (for the demo's summary). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="root"/>
  <xsl:template match="/">
    <xsl:for-each select="/BugCollection/BugInstance">
      <xsl:text>  SpotBugs  </xsl:text>
      <xsl:value-of select="$root"/>
      <xsl:value-of select="SourceLine[1]/@sourcepath"/>
      <xsl:text>:</xsl:text>
      <xsl:value-of select="SourceLine[1]/@start"/>
      <xsl:text> [</xsl:text>
      <xsl:value-of select="@type"/>
      <xsl:text>] </xsl:text>
      <xsl:value-of select="normalize-space(LongMessage)"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
