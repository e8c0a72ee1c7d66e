<?xml version="1.0" encoding="UTF-8"?>
<!-- target/pmd.xml as one line per violation: file:line message (for the demo's summary). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:pmd="http://pmd.sourceforge.net/report/2.0.0">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="root"/>
  <xsl:template match="/">
    <xsl:for-each select="//pmd:file/pmd:violation">
      <xsl:text>  PMD       </xsl:text>
      <xsl:value-of select="substring-after(../@name, $root)"/>
      <xsl:text>:</xsl:text>
      <xsl:value-of select="@beginline"/>
      <xsl:text> [</xsl:text>
      <xsl:value-of select="@rule"/>
      <xsl:text>] </xsl:text>
      <xsl:value-of select="normalize-space(.)"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
