// The few libxml2 text-writer and text-reader functions fcdoc uses, declared here instead of including
// <libxml/xmlwriter.h>: that header pulls in ICU's headers, which clash with the ICU copy that
// Foundation carries on Linux. The declarations match libxml2's stable C API (xmlChar is an
// unsigned char, passed here as char).
#ifndef FCDOC_CLIBXML2_SHIM_H
#define FCDOC_CLIBXML2_SHIM_H

typedef struct _xmlBuffer *xmlBufferPtr;
typedef struct _xmlTextWriter *xmlTextWriterPtr;

xmlBufferPtr xmlBufferCreate(void);
void xmlBufferFree(xmlBufferPtr buf);
const unsigned char *xmlBufferContent(const struct _xmlBuffer *buf);
int xmlBufferLength(const struct _xmlBuffer *buf);

xmlTextWriterPtr xmlNewTextWriterMemory(xmlBufferPtr buf, int compression);
void xmlFreeTextWriter(xmlTextWriterPtr writer);
int xmlTextWriterStartDocument(xmlTextWriterPtr writer, const char *version, const char *encoding,
                               const char *standalone);
int xmlTextWriterEndDocument(xmlTextWriterPtr writer);
int xmlTextWriterStartElement(xmlTextWriterPtr writer, const char *name);
int xmlTextWriterEndElement(xmlTextWriterPtr writer);
int xmlTextWriterWriteAttribute(xmlTextWriterPtr writer, const char *name, const char *content);
int xmlTextWriterWriteString(xmlTextWriterPtr writer, const char *content);
int xmlTextWriterWriteRawLen(xmlTextWriterPtr writer, const char *content, int len);
int xmlTextWriterFlush(xmlTextWriterPtr writer);

// The streaming reader (xmlreader.h), for reading the XML inside packages (a spreadsheet's
// sheets, a returned ODT's or DOCX's text).
typedef struct _xmlTextReader *xmlTextReaderPtr;

xmlTextReaderPtr xmlReaderForMemory(const char *buffer, int size, const char *URL, const char *encoding,
                                    int options);
void xmlFreeTextReader(xmlTextReaderPtr reader);
int xmlTextReaderRead(xmlTextReaderPtr reader);
int xmlTextReaderNodeType(xmlTextReaderPtr reader);
int xmlTextReaderDepth(xmlTextReaderPtr reader);
int xmlTextReaderIsEmptyElement(xmlTextReaderPtr reader);
const unsigned char *xmlTextReaderConstLocalName(xmlTextReaderPtr reader);
const unsigned char *xmlTextReaderConstNamespaceUri(xmlTextReaderPtr reader);
const unsigned char *xmlTextReaderConstValue(xmlTextReaderPtr reader);
int xmlTextReaderMoveToFirstAttribute(xmlTextReaderPtr reader);
int xmlTextReaderMoveToNextAttribute(xmlTextReaderPtr reader);
int xmlTextReaderMoveToElement(xmlTextReaderPtr reader);

#endif
