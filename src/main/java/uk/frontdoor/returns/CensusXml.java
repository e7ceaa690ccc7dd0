package uk.frontdoor.returns;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.frontdoor.authority.UkTime;

/**
 * The census as the DfE's XML (statutory-rules §3.2, 2025-26): Message, Header, Children; in each
 * Child its identifiers, characteristics and CINdetails, every element in the schema's order, an
 * optional element left out where there is nothing to say, dates as yyyy-MM-dd.
 */
public final class CensusXml {

  static final String SOFTWARE = "Front Door";

  private final XMLStreamWriter xml;
  private int depth;

  private CensusXml(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** The file, in UTF-8, made at the moment given (the Header's DateTime, in UK time). */
  public static byte[] write(Census census, Instant madeAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      writer.writeStartDocument("UTF-8", "1.0");
      new CensusXml(writer).message(census, madeAt);
      writer.writeCharacters("\n");
      writer.writeEndDocument();
      writer.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The census could not be written", e);
    }
    return out.toByteArray();
  }

  private void message(Census census, Instant madeAt) throws XMLStreamException {
    open("Message");
    open("Header");
    open("CollectionDetails");
    value("Collection", "CIN");
    value("Year", String.valueOf(census.year()));
    value("ReferenceDate", census.referenceDate());
    close();
    open("Source");
    value("SourceLevel", "L");
    value("LEA", census.la());
    value("SoftwareCode", SOFTWARE);
    value("Release", "1");
    value("SerialNo", "001");
    value("DateTime", LocalDateTime.ofInstant(madeAt, UkTime.ZONE).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    close();
    close();
    open("Children");
    for (Census.Child child : census.children()) {
      child(child);
    }
    close();
    close();
  }

  private void child(Census.Child child) throws XMLStreamException {
    open("Child");
    open("ChildIdentifiers");
    value("LAchildID", child.laChildId());
    value("UPN", child.upn());
    value("UPNunknown", child.upnUnknown());
    value("PersonBirthDate", child.birth());
    value("ExpectedPersonBirthDate", child.expected());
    value("Sex", child.sex());
    close();
    open("ChildCharacteristics");
    value("Ethnicity", child.ethnicity());
    if (!child.disabilities().isEmpty()) {
      open("Disabilities");
      for (String disability : child.disabilities()) {
        value("Disability", disability);
      }
      close();
    }
    close();
    for (Census.CinDetails episode : child.episodes()) {
      details(episode);
    }
    close();
  }

  private void details(Census.CinDetails e) throws XMLStreamException {
    open("CINdetails");
    value("CINreferralDate", e.referral());
    value("ReferralSource", e.referralSource());
    value("PrimaryNeedCode", e.primaryNeed());
    value("CINclosureDate", e.closure());
    value("ReasonForClosure", e.reasonForClosure());
    value("DateOfInitialCPC", e.initialConference());
    for (Census.Assessment a : e.assessments()) {
      open("Assessments");
      value("AssessmentActualStartDate", a.start());
      value("AssessmentAuthorisationDate", a.end());
      // The census holds factors for a completed assessment only (CinCensus, rule 8614).
      if (!a.factors().isEmpty()) {
        open("FactorsIdentifiedAtAssessment");
        for (String factor : a.factors()) {
          value("AssessmentFactors", factor);
        }
        close();
      }
      close();
    }
    for (Census.CinPlan p : e.cinPlans()) {
      open("CINPlanDates");
      value("CINPlanStartDate", p.start());
      value("CINPlanEndDate", p.end());
      close();
    }
    for (Census.Section47 s : e.section47s()) {
      open("Section47");
      value("S47ActualStartDate", s.start());
      value("InitialCPCtarget", s.conferenceTarget());
      value("DateOfInitialCPC", s.initialConference());
      value("ICPCnotRequired", String.valueOf(s.conferenceNotRequired()));
      close();
    }
    value("ReferralNFA", String.valueOf(e.referralNfa()));
    for (Census.ProtectionPlan p : e.protectionPlans()) {
      open("ChildProtectionPlans");
      value("CPPstartDate", p.start());
      value("CPPendDate", p.end());
      value("InitialCategoryOfAbuse", p.initialCategory());
      value("LatestCategoryOfAbuse", p.latestCategory());
      value("NumberOfPreviousCPP", String.valueOf(p.previousPlans()));
      if (!p.reviews().isEmpty()) {
        open("Reviews");
        for (LocalDate review : p.reviews()) {
          value("CPPreviewDate", review);
        }
        close();
      }
      close();
    }
    close();
  }

  private void open(String name) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    depth++;
  }

  private void close() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  private void value(String name, LocalDate day) throws XMLStreamException {
    value(name, day == null ? null : day.toString());
  }

  /** An element with its text; none at all where there is no value. */
  private void value(String name, String text) throws XMLStreamException {
    if (text == null) {
      return;
    }
    indent();
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
