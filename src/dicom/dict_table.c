/*
 * dict_table.c - the DICOM data dictionary as C data.
 *
 * GENERATED FILE - DO NOT EDIT. Produced by scripts/gen_dict.py
 * (`make dict`) from pydicom 2.3.1's _dicom_dict.py.
 * To change it, change the script and regenerate.
 *
 * 4904 exact entries sorted by tag, 88 repeating-group entries,
 * 4986 keywords indexed. dict.c searches these tables; see dict_table.h.
 */

#include "dict_table.h"

const dcm_dict_entry dcm_dict_table[] = {
    { 0x00000000, 0xFFFFFFFF, DCM_VR_UL, 0, "CommandGroupLength", "1", "Command Group Length" },
    { 0x00000001, 0xFFFFFFFF, DCM_VR_UL, 1, "CommandLengthToEnd", "1", "Command Length to End" },
    { 0x00000002, 0xFFFFFFFF, DCM_VR_UI, 0, "AffectedSOPClassUID", "1", "Affected SOP Class UID" },
    { 0x00000003, 0xFFFFFFFF, DCM_VR_UI, 0, "RequestedSOPClassUID", "1", "Requested SOP Class UID" },
    { 0x00000010, 0xFFFFFFFF, DCM_VR_SH, 1, "CommandRecognitionCode", "1", "Command Recognition Code" },
    { 0x00000100, 0xFFFFFFFF, DCM_VR_US, 0, "CommandField", "1", "Command Field" },
    { 0x00000110, 0xFFFFFFFF, DCM_VR_US, 0, "MessageID", "1", "Message ID" },
    { 0x00000120, 0xFFFFFFFF, DCM_VR_US, 0, "MessageIDBeingRespondedTo", "1", "Message ID Being Responded To" },
    { 0x00000200, 0xFFFFFFFF, DCM_VR_AE, 1, "Initiator", "1", "Initiator" },
    { 0x00000300, 0xFFFFFFFF, DCM_VR_AE, 1, "Receiver", "1", "Receiver" },
    { 0x00000400, 0xFFFFFFFF, DCM_VR_AE, 1, "FindLocation", "1", "Find Location" },
    { 0x00000600, 0xFFFFFFFF, DCM_VR_AE, 0, "MoveDestination", "1", "Move Destination" },
    { 0x00000700, 0xFFFFFFFF, DCM_VR_US, 0, "Priority", "1", "Priority" },
    { 0x00000800, 0xFFFFFFFF, DCM_VR_US, 0, "CommandDataSetType", "1", "Command Data Set Type" },
    { 0x00000850, 0xFFFFFFFF, DCM_VR_US, 1, "NumberOfMatches", "1", "Number of Matches" },
    { 0x00000860, 0xFFFFFFFF, DCM_VR_US, 1, "ResponseSequenceNumber", "1", "Response Sequence Number" },
    { 0x00000900, 0xFFFFFFFF, DCM_VR_US, 0, "Status", "1", "Status" },
    { 0x00000901, 0xFFFFFFFF, DCM_VR_AT, 0, "OffendingElement", "1-n", "Offending Element" },
    { 0x00000902, 0xFFFFFFFF, DCM_VR_LO, 0, "ErrorComment", "1", "Error Comment" },
    { 0x00000903, 0xFFFFFFFF, DCM_VR_US, 0, "ErrorID", "1", "Error ID" },
    { 0x00001000, 0xFFFFFFFF, DCM_VR_UI, 0, "AffectedSOPInstanceUID", "1", "Affected SOP Instance UID" },
    { 0x00001001, 0xFFFFFFFF, DCM_VR_UI, 0, "RequestedSOPInstanceUID", "1", "Requested SOP Instance UID" },
    { 0x00001002, 0xFFFFFFFF, DCM_VR_US, 0, "EventTypeID", "1", "Event Type ID" },
    { 0x00001005, 0xFFFFFFFF, DCM_VR_AT, 0, "AttributeIdentifierList", "1-n", "Attribute Identifier List" },
    { 0x00001008, 0xFFFFFFFF, DCM_VR_US, 0, "ActionTypeID", "1", "Action Type ID" },
    { 0x00001020, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRemainingSuboperations", "1", "Number of Remaining Sub-operations" },
    { 0x00001021, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfCompletedSuboperations", "1", "Number of Completed Sub-operations" },
    { 0x00001022, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfFailedSuboperations", "1", "Number of Failed Sub-operations" },
    { 0x00001023, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfWarningSuboperations", "1", "Number of Warning Sub-operations" },
    { 0x00001030, 0xFFFFFFFF, DCM_VR_AE, 0, "MoveOriginatorApplicationEntityTitle", "1", "Move Originator Application Entity Title" },
    { 0x00001031, 0xFFFFFFFF, DCM_VR_US, 0, "MoveOriginatorMessageID", "1", "Move Originator Message ID" },
    { 0x00004000, 0xFFFFFFFF, DCM_VR_LT, 1, "DialogReceiver", "1", "Dialog Receiver" },
    { 0x00004010, 0xFFFFFFFF, DCM_VR_LT, 1, "TerminalType", "1", "Terminal Type" },
    { 0x00005010, 0xFFFFFFFF, DCM_VR_SH, 1, "MessageSetID", "1", "Message Set ID" },
    { 0x00005020, 0xFFFFFFFF, DCM_VR_SH, 1, "EndMessageID", "1", "End Message ID" },
    { 0x00005110, 0xFFFFFFFF, DCM_VR_LT, 1, "DisplayFormat", "1", "Display Format" },
    { 0x00005120, 0xFFFFFFFF, DCM_VR_LT, 1, "PagePositionID", "1", "Page Position ID" },
    { 0x00005130, 0xFFFFFFFF, DCM_VR_CS, 1, "TextFormatID", "1", "Text Format ID" },
    { 0x00005140, 0xFFFFFFFF, DCM_VR_CS, 1, "NormalReverse", "1", "Normal/Reverse" },
    { 0x00005150, 0xFFFFFFFF, DCM_VR_CS, 1, "AddGrayScale", "1", "Add Gray Scale" },
    { 0x00005160, 0xFFFFFFFF, DCM_VR_CS, 1, "Borders", "1", "Borders" },
    { 0x00005170, 0xFFFFFFFF, DCM_VR_IS, 1, "Copies", "1", "Copies" },
    { 0x00005180, 0xFFFFFFFF, DCM_VR_CS, 1, "CommandMagnificationType", "1", "Command Magnification Type" },
    { 0x00005190, 0xFFFFFFFF, DCM_VR_CS, 1, "Erase", "1", "Erase" },
    { 0x000051A0, 0xFFFFFFFF, DCM_VR_CS, 1, "Print", "1", "Print" },
    { 0x000051B0, 0xFFFFFFFF, DCM_VR_US, 1, "Overlays", "1-n", "Overlays" },
    { 0x00020000, 0xFFFFFFFF, DCM_VR_UL, 0, "FileMetaInformationGroupLength", "1", "File Meta Information Group Length" },
    { 0x00020001, 0xFFFFFFFF, DCM_VR_OB, 0, "FileMetaInformationVersion", "1", "File Meta Information Version" },
    { 0x00020002, 0xFFFFFFFF, DCM_VR_UI, 0, "MediaStorageSOPClassUID", "1", "Media Storage SOP Class UID" },
    { 0x00020003, 0xFFFFFFFF, DCM_VR_UI, 0, "MediaStorageSOPInstanceUID", "1", "Media Storage SOP Instance UID" },
    { 0x00020010, 0xFFFFFFFF, DCM_VR_UI, 0, "TransferSyntaxUID", "1", "Transfer Syntax UID" },
    { 0x00020012, 0xFFFFFFFF, DCM_VR_UI, 0, "ImplementationClassUID", "1", "Implementation Class UID" },
    { 0x00020013, 0xFFFFFFFF, DCM_VR_SH, 0, "ImplementationVersionName", "1", "Implementation Version Name" },
    { 0x00020016, 0xFFFFFFFF, DCM_VR_AE, 0, "SourceApplicationEntityTitle", "1", "Source Application Entity Title" },
    { 0x00020017, 0xFFFFFFFF, DCM_VR_AE, 0, "SendingApplicationEntityTitle", "1", "Sending Application Entity Title" },
    { 0x00020018, 0xFFFFFFFF, DCM_VR_AE, 0, "ReceivingApplicationEntityTitle", "1", "Receiving Application Entity Title" },
    { 0x00020026, 0xFFFFFFFF, DCM_VR_UR, 0, "SourcePresentationAddress", "1", "Source Presentation Address" },
    { 0x00020027, 0xFFFFFFFF, DCM_VR_UR, 0, "SendingPresentationAddress", "1", "Sending Presentation Address" },
    { 0x00020028, 0xFFFFFFFF, DCM_VR_UR, 0, "ReceivingPresentationAddress", "1", "Receiving Presentation Address" },
    { 0x00020031, 0xFFFFFFFF, DCM_VR_OB, 0, "RTVMetaInformationVersion", "1", "RTV Meta Information Version" },
    { 0x00020032, 0xFFFFFFFF, DCM_VR_UI, 0, "RTVCommunicationSOPClassUID", "1", "RTV Communication SOP Class UID" },
    { 0x00020033, 0xFFFFFFFF, DCM_VR_UI, 0, "RTVCommunicationSOPInstanceUID", "1", "RTV Communication SOP Instance UID" },
    { 0x00020035, 0xFFFFFFFF, DCM_VR_OB, 0, "RTVSourceIdentifier", "1", "RTV Source Identifier" },
    { 0x00020036, 0xFFFFFFFF, DCM_VR_OB, 0, "RTVFlowIdentifier", "1", "RTV Flow Identifier" },
    { 0x00020037, 0xFFFFFFFF, DCM_VR_UL, 0, "RTVFlowRTPSamplingRate", "1", "RTV Flow RTP Sampling Rate" },
    { 0x00020038, 0xFFFFFFFF, DCM_VR_FD, 0, "RTVFlowActualFrameDuration", "1", "RTV Flow Actual Frame Duration" },
    { 0x00020100, 0xFFFFFFFF, DCM_VR_UI, 0, "PrivateInformationCreatorUID", "1", "Private Information Creator UID" },
    { 0x00020102, 0xFFFFFFFF, DCM_VR_OB, 0, "PrivateInformation", "1", "Private Information" },
    { 0x00041130, 0xFFFFFFFF, DCM_VR_CS, 0, "FileSetID", "1", "File-set ID" },
    { 0x00041141, 0xFFFFFFFF, DCM_VR_CS, 0, "FileSetDescriptorFileID", "1-8", "File-set Descriptor File ID" },
    { 0x00041142, 0xFFFFFFFF, DCM_VR_CS, 0, "SpecificCharacterSetOfFileSetDescriptorFile", "1", "Specific Character Set of File-set Descriptor File" },
    { 0x00041200, 0xFFFFFFFF, DCM_VR_UL, 0, "OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity", "1", "Offset of the First Directory Record of the Root Directory Entity" },
    { 0x00041202, 0xFFFFFFFF, DCM_VR_UL, 0, "OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity", "1", "Offset of the Last Directory Record of the Root Directory Entity" },
    { 0x00041212, 0xFFFFFFFF, DCM_VR_US, 0, "FileSetConsistencyFlag", "1", "File-set Consistency Flag" },
    { 0x00041220, 0xFFFFFFFF, DCM_VR_SQ, 0, "DirectoryRecordSequence", "1", "Directory Record Sequence" },
    { 0x00041400, 0xFFFFFFFF, DCM_VR_UL, 0, "OffsetOfTheNextDirectoryRecord", "1", "Offset of the Next Directory Record" },
    { 0x00041410, 0xFFFFFFFF, DCM_VR_US, 0, "RecordInUseFlag", "1", "Record In-use Flag" },
    { 0x00041420, 0xFFFFFFFF, DCM_VR_UL, 0, "OffsetOfReferencedLowerLevelDirectoryEntity", "1", "Offset of Referenced Lower-Level Directory Entity" },
    { 0x00041430, 0xFFFFFFFF, DCM_VR_CS, 0, "DirectoryRecordType", "1", "Directory Record Type" },
    { 0x00041432, 0xFFFFFFFF, DCM_VR_UI, 0, "PrivateRecordUID", "1", "Private Record UID" },
    { 0x00041500, 0xFFFFFFFF, DCM_VR_CS, 0, "ReferencedFileID", "1-8", "Referenced File ID" },
    { 0x00041504, 0xFFFFFFFF, DCM_VR_UL, 1, "MRDRDirectoryRecordOffset", "1", "MRDR Directory Record Offset" },
    { 0x00041510, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedSOPClassUIDInFile", "1", "Referenced SOP Class UID in File" },
    { 0x00041511, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedSOPInstanceUIDInFile", "1", "Referenced SOP Instance UID in File" },
    { 0x00041512, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedTransferSyntaxUIDInFile", "1", "Referenced Transfer Syntax UID in File" },
    { 0x0004151A, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedRelatedGeneralSOPClassUIDInFile", "1-n", "Referenced Related General SOP Class UID in File" },
    { 0x00041600, 0xFFFFFFFF, DCM_VR_UL, 1, "NumberOfReferences", "1", "Number of References" },
    { 0x00080001, 0xFFFFFFFF, DCM_VR_UL, 1, "LengthToEnd", "1", "Length to End" },
    { 0x00080005, 0xFFFFFFFF, DCM_VR_CS, 0, "SpecificCharacterSet", "1-n", "Specific Character Set" },
    { 0x00080006, 0xFFFFFFFF, DCM_VR_SQ, 0, "LanguageCodeSequence", "1", "Language Code Sequence" },
    { 0x00080008, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageType", "2-n", "Image Type" },
    { 0x00080010, 0xFFFFFFFF, DCM_VR_SH, 1, "RecognitionCode", "1", "Recognition Code" },
    { 0x00080012, 0xFFFFFFFF, DCM_VR_DA, 0, "InstanceCreationDate", "1", "Instance Creation Date" },
    { 0x00080013, 0xFFFFFFFF, DCM_VR_TM, 0, "InstanceCreationTime", "1", "Instance Creation Time" },
    { 0x00080014, 0xFFFFFFFF, DCM_VR_UI, 0, "InstanceCreatorUID", "1", "Instance Creator UID" },
    { 0x00080015, 0xFFFFFFFF, DCM_VR_DT, 0, "InstanceCoercionDateTime", "1", "Instance Coercion DateTime" },
    { 0x00080016, 0xFFFFFFFF, DCM_VR_UI, 0, "SOPClassUID", "1", "SOP Class UID" },
    { 0x00080018, 0xFFFFFFFF, DCM_VR_UI, 0, "SOPInstanceUID", "1", "SOP Instance UID" },
    { 0x0008001A, 0xFFFFFFFF, DCM_VR_UI, 0, "RelatedGeneralSOPClassUID", "1-n", "Related General SOP Class UID" },
    { 0x0008001B, 0xFFFFFFFF, DCM_VR_UI, 0, "OriginalSpecializedSOPClassUID", "1", "Original Specialized SOP Class UID" },
    { 0x00080020, 0xFFFFFFFF, DCM_VR_DA, 0, "StudyDate", "1", "Study Date" },
    { 0x00080021, 0xFFFFFFFF, DCM_VR_DA, 0, "SeriesDate", "1", "Series Date" },
    { 0x00080022, 0xFFFFFFFF, DCM_VR_DA, 0, "AcquisitionDate", "1", "Acquisition Date" },
    { 0x00080023, 0xFFFFFFFF, DCM_VR_DA, 0, "ContentDate", "1", "Content Date" },
    { 0x00080024, 0xFFFFFFFF, DCM_VR_DA, 1, "OverlayDate", "1", "Overlay Date" },
    { 0x00080025, 0xFFFFFFFF, DCM_VR_DA, 1, "CurveDate", "1", "Curve Date" },
    { 0x0008002A, 0xFFFFFFFF, DCM_VR_DT, 0, "AcquisitionDateTime", "1", "Acquisition DateTime" },
    { 0x00080030, 0xFFFFFFFF, DCM_VR_TM, 0, "StudyTime", "1", "Study Time" },
    { 0x00080031, 0xFFFFFFFF, DCM_VR_TM, 0, "SeriesTime", "1", "Series Time" },
    { 0x00080032, 0xFFFFFFFF, DCM_VR_TM, 0, "AcquisitionTime", "1", "Acquisition Time" },
    { 0x00080033, 0xFFFFFFFF, DCM_VR_TM, 0, "ContentTime", "1", "Content Time" },
    { 0x00080034, 0xFFFFFFFF, DCM_VR_TM, 1, "OverlayTime", "1", "Overlay Time" },
    { 0x00080035, 0xFFFFFFFF, DCM_VR_TM, 1, "CurveTime", "1", "Curve Time" },
    { 0x00080040, 0xFFFFFFFF, DCM_VR_US, 1, "DataSetType", "1", "Data Set Type" },
    { 0x00080041, 0xFFFFFFFF, DCM_VR_LO, 1, "DataSetSubtype", "1", "Data Set Subtype" },
    { 0x00080042, 0xFFFFFFFF, DCM_VR_CS, 1, "NuclearMedicineSeriesType", "1", "Nuclear Medicine Series Type" },
    { 0x00080050, 0xFFFFFFFF, DCM_VR_SH, 0, "AccessionNumber", "1", "Accession Number" },
    { 0x00080051, 0xFFFFFFFF, DCM_VR_SQ, 0, "IssuerOfAccessionNumberSequence", "1", "Issuer of Accession Number Sequence" },
    { 0x00080052, 0xFFFFFFFF, DCM_VR_CS, 0, "QueryRetrieveLevel", "1", "Query/Retrieve Level" },
    { 0x00080053, 0xFFFFFFFF, DCM_VR_CS, 0, "QueryRetrieveView", "1", "Query/Retrieve View" },
    { 0x00080054, 0xFFFFFFFF, DCM_VR_AE, 0, "RetrieveAETitle", "1-n", "Retrieve AE Title" },
    { 0x00080055, 0xFFFFFFFF, DCM_VR_AE, 0, "StationAETitle", "1", "Station AE Title" },
    { 0x00080056, 0xFFFFFFFF, DCM_VR_CS, 0, "InstanceAvailability", "1", "Instance Availability" },
    { 0x00080058, 0xFFFFFFFF, DCM_VR_UI, 0, "FailedSOPInstanceUIDList", "1-n", "Failed SOP Instance UID List" },
    { 0x00080060, 0xFFFFFFFF, DCM_VR_CS, 0, "Modality", "1", "Modality" },
    { 0x00080061, 0xFFFFFFFF, DCM_VR_CS, 0, "ModalitiesInStudy", "1-n", "Modalities in Study" },
    { 0x00080062, 0xFFFFFFFF, DCM_VR_UI, 0, "SOPClassesInStudy", "1-n", "SOP Classes in Study" },
    { 0x00080063, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnatomicRegionsInStudyCodeSequence", "1", "Anatomic Regions in Study Code Sequence" },
    { 0x00080064, 0xFFFFFFFF, DCM_VR_CS, 0, "ConversionType", "1", "Conversion Type" },
    { 0x00080068, 0xFFFFFFFF, DCM_VR_CS, 0, "PresentationIntentType", "1", "Presentation Intent Type" },
    { 0x00080070, 0xFFFFFFFF, DCM_VR_LO, 0, "Manufacturer", "1", "Manufacturer" },
    { 0x00080080, 0xFFFFFFFF, DCM_VR_LO, 0, "InstitutionName", "1", "Institution Name" },
    { 0x00080081, 0xFFFFFFFF, DCM_VR_ST, 0, "InstitutionAddress", "1", "Institution Address" },
    { 0x00080082, 0xFFFFFFFF, DCM_VR_SQ, 0, "InstitutionCodeSequence", "1", "Institution Code Sequence" },
    { 0x00080090, 0xFFFFFFFF, DCM_VR_PN, 0, "ReferringPhysicianName", "1", "Referring Physician's Name" },
    { 0x00080092, 0xFFFFFFFF, DCM_VR_ST, 0, "ReferringPhysicianAddress", "1", "Referring Physician's Address" },
    { 0x00080094, 0xFFFFFFFF, DCM_VR_SH, 0, "ReferringPhysicianTelephoneNumbers", "1-n", "Referring Physician's Telephone Numbers" },
    { 0x00080096, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferringPhysicianIdentificationSequence", "1", "Referring Physician Identification Sequence" },
    { 0x0008009C, 0xFFFFFFFF, DCM_VR_PN, 0, "ConsultingPhysicianName", "1-n", "Consulting Physician's Name" },
    { 0x0008009D, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConsultingPhysicianIdentificationSequence", "1", "Consulting Physician Identification Sequence" },
    { 0x00080100, 0xFFFFFFFF, DCM_VR_SH, 0, "CodeValue", "1", "Code Value" },
    { 0x00080101, 0xFFFFFFFF, DCM_VR_LO, 0, "ExtendedCodeValue", "1", "Extended Code Value" },
    { 0x00080102, 0xFFFFFFFF, DCM_VR_SH, 0, "CodingSchemeDesignator", "1", "Coding Scheme Designator" },
    { 0x00080103, 0xFFFFFFFF, DCM_VR_SH, 0, "CodingSchemeVersion", "1", "Coding Scheme Version" },
    { 0x00080104, 0xFFFFFFFF, DCM_VR_LO, 0, "CodeMeaning", "1", "Code Meaning" },
    { 0x00080105, 0xFFFFFFFF, DCM_VR_CS, 0, "MappingResource", "1", "Mapping Resource" },
    { 0x00080106, 0xFFFFFFFF, DCM_VR_DT, 0, "ContextGroupVersion", "1", "Context Group Version" },
    { 0x00080107, 0xFFFFFFFF, DCM_VR_DT, 0, "ContextGroupLocalVersion", "1", "Context Group Local Version" },
    { 0x00080108, 0xFFFFFFFF, DCM_VR_LT, 0, "ExtendedCodeMeaning", "1", "Extended Code Meaning" },
    { 0x00080109, 0xFFFFFFFF, DCM_VR_SQ, 0, "CodingSchemeResourcesSequence", "1", "Coding Scheme Resources Sequence" },
    { 0x0008010A, 0xFFFFFFFF, DCM_VR_CS, 0, "CodingSchemeURLType", "1", "Coding Scheme URL Type" },
    { 0x0008010B, 0xFFFFFFFF, DCM_VR_CS, 0, "ContextGroupExtensionFlag", "1", "Context Group Extension Flag" },
    { 0x0008010C, 0xFFFFFFFF, DCM_VR_UI, 0, "CodingSchemeUID", "1", "Coding Scheme UID" },
    { 0x0008010D, 0xFFFFFFFF, DCM_VR_UI, 0, "ContextGroupExtensionCreatorUID", "1", "Context Group Extension Creator UID" },
    { 0x0008010E, 0xFFFFFFFF, DCM_VR_UR, 0, "CodingSchemeURL", "1", "Coding Scheme URL" },
    { 0x0008010F, 0xFFFFFFFF, DCM_VR_CS, 0, "ContextIdentifier", "1", "Context Identifier" },
    { 0x00080110, 0xFFFFFFFF, DCM_VR_SQ, 0, "CodingSchemeIdentificationSequence", "1", "Coding Scheme Identification Sequence" },
    { 0x00080112, 0xFFFFFFFF, DCM_VR_LO, 0, "CodingSchemeRegistry", "1", "Coding Scheme Registry" },
    { 0x00080114, 0xFFFFFFFF, DCM_VR_ST, 0, "CodingSchemeExternalID", "1", "Coding Scheme External ID" },
    { 0x00080115, 0xFFFFFFFF, DCM_VR_ST, 0, "CodingSchemeName", "1", "Coding Scheme Name" },
    { 0x00080116, 0xFFFFFFFF, DCM_VR_ST, 0, "CodingSchemeResponsibleOrganization", "1", "Coding Scheme Responsible Organization" },
    { 0x00080117, 0xFFFFFFFF, DCM_VR_UI, 0, "ContextUID", "1", "Context UID" },
    { 0x00080118, 0xFFFFFFFF, DCM_VR_UI, 0, "MappingResourceUID", "1", "Mapping Resource UID" },
    { 0x00080119, 0xFFFFFFFF, DCM_VR_UC, 0, "LongCodeValue", "1", "Long Code Value" },
    { 0x00080120, 0xFFFFFFFF, DCM_VR_UR, 0, "URNCodeValue", "1", "URN Code Value" },
    { 0x00080121, 0xFFFFFFFF, DCM_VR_SQ, 0, "EquivalentCodeSequence", "1", "Equivalent Code Sequence" },
    { 0x00080122, 0xFFFFFFFF, DCM_VR_LO, 0, "MappingResourceName", "1", "Mapping Resource Name" },
    { 0x00080123, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContextGroupIdentificationSequence", "1", "Context Group Identification Sequence" },
    { 0x00080124, 0xFFFFFFFF, DCM_VR_SQ, 0, "MappingResourceIdentificationSequence", "1", "Mapping Resource Identification Sequence" },
    { 0x00080201, 0xFFFFFFFF, DCM_VR_SH, 0, "TimezoneOffsetFromUTC", "1", "Timezone Offset From UTC" },
    { 0x00080202, 0xFFFFFFFF, DCM_VR_OB, 1, "", "1", "Retired-blank" },
    { 0x00080220, 0xFFFFFFFF, DCM_VR_SQ, 0, "ResponsibleGroupCodeSequence", "1", "Responsible Group Code Sequence" },
    { 0x00080221, 0xFFFFFFFF, DCM_VR_CS, 0, "EquipmentModality", "1", "Equipment Modality" },
    { 0x00080222, 0xFFFFFFFF, DCM_VR_LO, 0, "ManufacturerRelatedModelGroup", "1", "Manufacturer's Related Model Group" },
    { 0x00080300, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrivateDataElementCharacteristicsSequence", "1", "Private Data Element Characteristics Sequence" },
    { 0x00080301, 0xFFFFFFFF, DCM_VR_US, 0, "PrivateGroupReference", "1", "Private Group Reference" },
    { 0x00080302, 0xFFFFFFFF, DCM_VR_LO, 0, "PrivateCreatorReference", "1", "Private Creator Reference" },
    { 0x00080303, 0xFFFFFFFF, DCM_VR_CS, 0, "BlockIdentifyingInformationStatus", "1", "Block Identifying Information Status" },
    { 0x00080304, 0xFFFFFFFF, DCM_VR_US, 0, "NonidentifyingPrivateElements", "1-n", "Nonidentifying Private Elements" },
    { 0x00080305, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeidentificationActionSequence", "1", "Deidentification Action Sequence" },
    { 0x00080306, 0xFFFFFFFF, DCM_VR_US, 0, "IdentifyingPrivateElements", "1-n", "Identifying Private Elements" },
    { 0x00080307, 0xFFFFFFFF, DCM_VR_CS, 0, "DeidentificationAction", "1", "Deidentification Action" },
    { 0x00080308, 0xFFFFFFFF, DCM_VR_US, 0, "PrivateDataElement", "1", "Private Data Element" },
    { 0x00080309, 0xFFFFFFFF, DCM_VR_UL, 0, "PrivateDataElementValueMultiplicity", "1-3", "Private Data Element Value Multiplicity" },
    { 0x0008030A, 0xFFFFFFFF, DCM_VR_CS, 0, "PrivateDataElementValueRepresentation", "1", "Private Data Element Value Representation" },
    { 0x0008030B, 0xFFFFFFFF, DCM_VR_UL, 0, "PrivateDataElementNumberOfItems", "1-2", "Private Data Element Number of Items" },
    { 0x0008030C, 0xFFFFFFFF, DCM_VR_UC, 0, "PrivateDataElementName", "1", "Private Data Element Name" },
    { 0x0008030D, 0xFFFFFFFF, DCM_VR_UC, 0, "PrivateDataElementKeyword", "1", "Private Data Element Keyword" },
    { 0x0008030E, 0xFFFFFFFF, DCM_VR_UT, 0, "PrivateDataElementDescription", "1", "Private Data Element Description" },
    { 0x0008030F, 0xFFFFFFFF, DCM_VR_UT, 0, "PrivateDataElementEncoding", "1", "Private Data Element Encoding" },
    { 0x00080310, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrivateDataElementDefinitionSequence", "1", "Private Data Element Definition Sequence" },
    { 0x00081000, 0xFFFFFFFF, DCM_VR_AE, 1, "NetworkID", "1", "Network ID" },
    { 0x00081010, 0xFFFFFFFF, DCM_VR_SH, 0, "StationName", "1", "Station Name" },
    { 0x00081030, 0xFFFFFFFF, DCM_VR_LO, 0, "StudyDescription", "1", "Study Description" },
    { 0x00081032, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProcedureCodeSequence", "1", "Procedure Code Sequence" },
    { 0x0008103E, 0xFFFFFFFF, DCM_VR_LO, 0, "SeriesDescription", "1", "Series Description" },
    { 0x0008103F, 0xFFFFFFFF, DCM_VR_SQ, 0, "SeriesDescriptionCodeSequence", "1", "Series Description Code Sequence" },
    { 0x00081040, 0xFFFFFFFF, DCM_VR_LO, 0, "InstitutionalDepartmentName", "1", "Institutional Department Name" },
    { 0x00081041, 0xFFFFFFFF, DCM_VR_SQ, 0, "InstitutionalDepartmentTypeCodeSequence", "1", "Institutional Department Type Code Sequence" },
    { 0x00081048, 0xFFFFFFFF, DCM_VR_PN, 0, "PhysiciansOfRecord", "1-n", "Physician(s) of Record" },
    { 0x00081049, 0xFFFFFFFF, DCM_VR_SQ, 0, "PhysiciansOfRecordIdentificationSequence", "1", "Physician(s) of Record Identification Sequence" },
    { 0x00081050, 0xFFFFFFFF, DCM_VR_PN, 0, "PerformingPhysicianName", "1-n", "Performing Physician's Name" },
    { 0x00081052, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformingPhysicianIdentificationSequence", "1", "Performing Physician Identification Sequence" },
    { 0x00081060, 0xFFFFFFFF, DCM_VR_PN, 0, "NameOfPhysiciansReadingStudy", "1-n", "Name of Physician(s) Reading Study" },
    { 0x00081062, 0xFFFFFFFF, DCM_VR_SQ, 0, "PhysiciansReadingStudyIdentificationSequence", "1", "Physician(s) Reading Study Identification Sequence" },
    { 0x00081070, 0xFFFFFFFF, DCM_VR_PN, 0, "OperatorsName", "1-n", "Operators' Name" },
    { 0x00081072, 0xFFFFFFFF, DCM_VR_SQ, 0, "OperatorIdentificationSequence", "1", "Operator Identification Sequence" },
    { 0x00081080, 0xFFFFFFFF, DCM_VR_LO, 0, "AdmittingDiagnosesDescription", "1-n", "Admitting Diagnoses Description" },
    { 0x00081084, 0xFFFFFFFF, DCM_VR_SQ, 0, "AdmittingDiagnosesCodeSequence", "1", "Admitting Diagnoses Code Sequence" },
    { 0x00081090, 0xFFFFFFFF, DCM_VR_LO, 0, "ManufacturerModelName", "1", "Manufacturer's Model Name" },
    { 0x00081100, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedResultsSequence", "1", "Referenced Results Sequence" },
    { 0x00081110, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedStudySequence", "1", "Referenced Study Sequence" },
    { 0x00081111, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPerformedProcedureStepSequence", "1", "Referenced Performed Procedure Step Sequence" },
    { 0x00081115, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSeriesSequence", "1", "Referenced Series Sequence" },
    { 0x00081120, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPatientSequence", "1", "Referenced Patient Sequence" },
    { 0x00081125, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedVisitSequence", "1", "Referenced Visit Sequence" },
    { 0x00081130, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedOverlaySequence", "1", "Referenced Overlay Sequence" },
    { 0x00081134, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedStereometricInstanceSequence", "1", "Referenced Stereometric Instance Sequence" },
    { 0x0008113A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedWaveformSequence", "1", "Referenced Waveform Sequence" },
    { 0x00081140, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedImageSequence", "1", "Referenced Image Sequence" },
    { 0x00081145, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedCurveSequence", "1", "Referenced Curve Sequence" },
    { 0x0008114A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedInstanceSequence", "1", "Referenced Instance Sequence" },
    { 0x0008114B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRealWorldValueMappingInstanceSequence", "1", "Referenced Real World Value Mapping Instance Sequence" },
    { 0x00081150, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedSOPClassUID", "1", "Referenced SOP Class UID" },
    { 0x00081155, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedSOPInstanceUID", "1", "Referenced SOP Instance UID" },
    { 0x00081156, 0xFFFFFFFF, DCM_VR_SQ, 0, "DefinitionSourceSequence", "1", "Definition Source Sequence" },
    { 0x0008115A, 0xFFFFFFFF, DCM_VR_UI, 0, "SOPClassesSupported", "1-n", "SOP Classes Supported" },
    { 0x00081160, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedFrameNumber", "1-n", "Referenced Frame Number" },
    { 0x00081161, 0xFFFFFFFF, DCM_VR_UL, 0, "SimpleFrameList", "1-n", "Simple Frame List" },
    { 0x00081162, 0xFFFFFFFF, DCM_VR_UL, 0, "CalculatedFrameList", "3-3n", "Calculated Frame List" },
    { 0x00081163, 0xFFFFFFFF, DCM_VR_FD, 0, "TimeRange", "2", "Time Range" },
    { 0x00081164, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameExtractionSequence", "1", "Frame Extraction Sequence" },
    { 0x00081167, 0xFFFFFFFF, DCM_VR_UI, 0, "MultiFrameSourceSOPInstanceUID", "1", "Multi-frame Source SOP Instance UID" },
    { 0x00081190, 0xFFFFFFFF, DCM_VR_UR, 0, "RetrieveURL", "1", "Retrieve URL" },
    { 0x00081195, 0xFFFFFFFF, DCM_VR_UI, 0, "TransactionUID", "1", "Transaction UID" },
    { 0x00081196, 0xFFFFFFFF, DCM_VR_US, 0, "WarningReason", "1", "Warning Reason" },
    { 0x00081197, 0xFFFFFFFF, DCM_VR_US, 0, "FailureReason", "1", "Failure Reason" },
    { 0x00081198, 0xFFFFFFFF, DCM_VR_SQ, 0, "FailedSOPSequence", "1", "Failed SOP Sequence" },
    { 0x00081199, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSOPSequence", "1", "Referenced SOP Sequence" },
    { 0x0008119A, 0xFFFFFFFF, DCM_VR_SQ, 0, "OtherFailuresSequence", "1", "Other Failures Sequence" },
    { 0x00081200, 0xFFFFFFFF, DCM_VR_SQ, 0, "StudiesContainingOtherReferencedInstancesSequence", "1", "Studies Containing Other Referenced Instances Sequence" },
    { 0x00081250, 0xFFFFFFFF, DCM_VR_SQ, 0, "RelatedSeriesSequence", "1", "Related Series Sequence" },
    { 0x00082110, 0xFFFFFFFF, DCM_VR_CS, 1, "LossyImageCompressionRetired", "1", "Lossy Image Compression (Retired)" },
    { 0x00082111, 0xFFFFFFFF, DCM_VR_ST, 0, "DerivationDescription", "1", "Derivation Description" },
    { 0x00082112, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceImageSequence", "1", "Source Image Sequence" },
    { 0x00082120, 0xFFFFFFFF, DCM_VR_SH, 0, "StageName", "1", "Stage Name" },
    { 0x00082122, 0xFFFFFFFF, DCM_VR_IS, 0, "StageNumber", "1", "Stage Number" },
    { 0x00082124, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfStages", "1", "Number of Stages" },
    { 0x00082127, 0xFFFFFFFF, DCM_VR_SH, 0, "ViewName", "1", "View Name" },
    { 0x00082128, 0xFFFFFFFF, DCM_VR_IS, 0, "ViewNumber", "1", "View Number" },
    { 0x00082129, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfEventTimers", "1", "Number of Event Timers" },
    { 0x0008212A, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfViewsInStage", "1", "Number of Views in Stage" },
    { 0x00082130, 0xFFFFFFFF, DCM_VR_DS, 0, "EventElapsedTimes", "1-n", "Event Elapsed Time(s)" },
    { 0x00082132, 0xFFFFFFFF, DCM_VR_LO, 0, "EventTimerNames", "1-n", "Event Timer Name(s)" },
    { 0x00082133, 0xFFFFFFFF, DCM_VR_SQ, 0, "EventTimerSequence", "1", "Event Timer Sequence" },
    { 0x00082134, 0xFFFFFFFF, DCM_VR_FD, 0, "EventTimeOffset", "1", "Event Time Offset" },
    { 0x00082135, 0xFFFFFFFF, DCM_VR_SQ, 0, "EventCodeSequence", "1", "Event Code Sequence" },
    { 0x00082142, 0xFFFFFFFF, DCM_VR_IS, 0, "StartTrim", "1", "Start Trim" },
    { 0x00082143, 0xFFFFFFFF, DCM_VR_IS, 0, "StopTrim", "1", "Stop Trim" },
    { 0x00082144, 0xFFFFFFFF, DCM_VR_IS, 0, "RecommendedDisplayFrameRate", "1", "Recommended Display Frame Rate" },
    { 0x00082200, 0xFFFFFFFF, DCM_VR_CS, 1, "TransducerPosition", "1", "Transducer Position" },
    { 0x00082204, 0xFFFFFFFF, DCM_VR_CS, 1, "TransducerOrientation", "1", "Transducer Orientation" },
    { 0x00082208, 0xFFFFFFFF, DCM_VR_CS, 1, "AnatomicStructure", "1", "Anatomic Structure" },
    { 0x00082218, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnatomicRegionSequence", "1", "Anatomic Region Sequence" },
    { 0x00082220, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnatomicRegionModifierSequence", "1", "Anatomic Region Modifier Sequence" },
    { 0x00082228, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrimaryAnatomicStructureSequence", "1", "Primary Anatomic Structure Sequence" },
    { 0x00082229, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnatomicStructureSpaceOrRegionSequence", "1", "Anatomic Structure, Space or Region Sequence" },
    { 0x00082230, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrimaryAnatomicStructureModifierSequence", "1", "Primary Anatomic Structure Modifier Sequence" },
    { 0x00082240, 0xFFFFFFFF, DCM_VR_SQ, 1, "TransducerPositionSequence", "1", "Transducer Position Sequence" },
    { 0x00082242, 0xFFFFFFFF, DCM_VR_SQ, 1, "TransducerPositionModifierSequence", "1", "Transducer Position Modifier Sequence" },
    { 0x00082244, 0xFFFFFFFF, DCM_VR_SQ, 1, "TransducerOrientationSequence", "1", "Transducer Orientation Sequence" },
    { 0x00082246, 0xFFFFFFFF, DCM_VR_SQ, 1, "TransducerOrientationModifierSequence", "1", "Transducer Orientation Modifier Sequence" },
    { 0x00082251, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnatomicStructureSpaceOrRegionCodeSequenceTrial", "1", "Anatomic Structure Space Or Region Code Sequence (Trial)" },
    { 0x00082253, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnatomicPortalOfEntranceCodeSequenceTrial", "1", "Anatomic Portal Of Entrance Code Sequence (Trial)" },
    { 0x00082255, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnatomicApproachDirectionCodeSequenceTrial", "1", "Anatomic Approach Direction Code Sequence (Trial)" },
    { 0x00082256, 0xFFFFFFFF, DCM_VR_ST, 1, "AnatomicPerspectiveDescriptionTrial", "1", "Anatomic Perspective Description (Trial)" },
    { 0x00082257, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnatomicPerspectiveCodeSequenceTrial", "1", "Anatomic Perspective Code Sequence (Trial)" },
    { 0x00082258, 0xFFFFFFFF, DCM_VR_ST, 1, "AnatomicLocationOfExaminingInstrumentDescriptionTrial", "1", "Anatomic Location Of Examining Instrument Description (Trial)" },
    { 0x00082259, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnatomicLocationOfExaminingInstrumentCodeSequenceTrial", "1", "Anatomic Location Of Examining Instrument Code Sequence (Trial)" },
    { 0x0008225A, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial", "1", "Anatomic Structure Space Or Region Modifier Code Sequence (Trial)" },
    { 0x0008225C, 0xFFFFFFFF, DCM_VR_SQ, 1, "OnAxisBackgroundAnatomicStructureCodeSequenceTrial", "1", "On Axis Background Anatomic Structure Code Sequence (Trial)" },
    { 0x00083001, 0xFFFFFFFF, DCM_VR_SQ, 0, "AlternateRepresentationSequence", "1", "Alternate Representation Sequence" },
    { 0x00083002, 0xFFFFFFFF, DCM_VR_UI, 0, "AvailableTransferSyntaxUID", "1-n", "Available Transfer Syntax UID" },
    { 0x00083010, 0xFFFFFFFF, DCM_VR_UI, 0, "IrradiationEventUID", "1-n", "Irradiation Event UID" },
    { 0x00083011, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceIrradiationEventSequence", "1", "Source Irradiation Event Sequence" },
    { 0x00083012, 0xFFFFFFFF, DCM_VR_UI, 0, "RadiopharmaceuticalAdministrationEventUID", "1", "Radiopharmaceutical Administration Event UID" },
    { 0x00084000, 0xFFFFFFFF, DCM_VR_LT, 1, "IdentifyingComments", "1", "Identifying Comments" },
    { 0x00089007, 0xFFFFFFFF, DCM_VR_CS, 0, "FrameType", "4", "Frame Type" },
    { 0x00089092, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedImageEvidenceSequence", "1", "Referenced Image Evidence Sequence" },
    { 0x00089121, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRawDataSequence", "1", "Referenced Raw Data Sequence" },
    { 0x00089123, 0xFFFFFFFF, DCM_VR_UI, 0, "CreatorVersionUID", "1", "Creator-Version UID" },
    { 0x00089124, 0xFFFFFFFF, DCM_VR_SQ, 0, "DerivationImageSequence", "1", "Derivation Image Sequence" },
    { 0x00089154, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceImageEvidenceSequence", "1", "Source Image Evidence Sequence" },
    { 0x00089205, 0xFFFFFFFF, DCM_VR_CS, 0, "PixelPresentation", "1", "Pixel Presentation" },
    { 0x00089206, 0xFFFFFFFF, DCM_VR_CS, 0, "VolumetricProperties", "1", "Volumetric Properties" },
    { 0x00089207, 0xFFFFFFFF, DCM_VR_CS, 0, "VolumeBasedCalculationTechnique", "1", "Volume Based Calculation Technique" },
    { 0x00089208, 0xFFFFFFFF, DCM_VR_CS, 0, "ComplexImageComponent", "1", "Complex Image Component" },
    { 0x00089209, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionContrast", "1", "Acquisition Contrast" },
    { 0x00089215, 0xFFFFFFFF, DCM_VR_SQ, 0, "DerivationCodeSequence", "1", "Derivation Code Sequence" },
    { 0x00089237, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPresentationStateSequence", "1", "Referenced Presentation State Sequence" },
    { 0x00089410, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedOtherPlaneSequence", "1", "Referenced Other Plane Sequence" },
    { 0x00089458, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameDisplaySequence", "1", "Frame Display Sequence" },
    { 0x00089459, 0xFFFFFFFF, DCM_VR_FL, 0, "RecommendedDisplayFrameRateInFloat", "1", "Recommended Display Frame Rate in Float" },
    { 0x00089460, 0xFFFFFFFF, DCM_VR_CS, 0, "SkipFrameRangeFlag", "1", "Skip Frame Range Flag" },
    { 0x00100010, 0xFFFFFFFF, DCM_VR_PN, 0, "PatientName", "1", "Patient's Name" },
    { 0x00100020, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientID", "1", "Patient ID" },
    { 0x00100021, 0xFFFFFFFF, DCM_VR_LO, 0, "IssuerOfPatientID", "1", "Issuer of Patient ID" },
    { 0x00100022, 0xFFFFFFFF, DCM_VR_CS, 0, "TypeOfPatientID", "1", "Type of Patient ID" },
    { 0x00100024, 0xFFFFFFFF, DCM_VR_SQ, 0, "IssuerOfPatientIDQualifiersSequence", "1", "Issuer of Patient ID Qualifiers Sequence" },
    { 0x00100026, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourcePatientGroupIdentificationSequence", "1", "Source Patient Group Identification Sequence" },
    { 0x00100027, 0xFFFFFFFF, DCM_VR_SQ, 0, "GroupOfPatientsIdentificationSequence", "1", "Group of Patients Identification Sequence" },
    { 0x00100028, 0xFFFFFFFF, DCM_VR_US, 0, "SubjectRelativePositionInImage", "3", "Subject Relative Position in Image" },
    { 0x00100030, 0xFFFFFFFF, DCM_VR_DA, 0, "PatientBirthDate", "1", "Patient's Birth Date" },
    { 0x00100032, 0xFFFFFFFF, DCM_VR_TM, 0, "PatientBirthTime", "1", "Patient's Birth Time" },
    { 0x00100033, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientBirthDateInAlternativeCalendar", "1", "Patient's Birth Date in Alternative Calendar" },
    { 0x00100034, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientDeathDateInAlternativeCalendar", "1", "Patient's Death Date in Alternative Calendar" },
    { 0x00100035, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientAlternativeCalendar", "1", "Patient's Alternative Calendar" },
    { 0x00100040, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientSex", "1", "Patient's Sex" },
    { 0x00100050, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientInsurancePlanCodeSequence", "1", "Patient's Insurance Plan Code Sequence" },
    { 0x00100101, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientPrimaryLanguageCodeSequence", "1", "Patient's Primary Language Code Sequence" },
    { 0x00100102, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientPrimaryLanguageModifierCodeSequence", "1", "Patient's Primary Language Modifier Code Sequence" },
    { 0x00100200, 0xFFFFFFFF, DCM_VR_CS, 0, "QualityControlSubject", "1", "Quality Control Subject" },
    { 0x00100201, 0xFFFFFFFF, DCM_VR_SQ, 0, "QualityControlSubjectTypeCodeSequence", "1", "Quality Control Subject Type Code Sequence" },
    { 0x00100212, 0xFFFFFFFF, DCM_VR_UC, 0, "StrainDescription", "1", "Strain Description" },
    { 0x00100213, 0xFFFFFFFF, DCM_VR_LO, 0, "StrainNomenclature", "1", "Strain Nomenclature" },
    { 0x00100214, 0xFFFFFFFF, DCM_VR_LO, 0, "StrainStockNumber", "1", "Strain Stock Number" },
    { 0x00100215, 0xFFFFFFFF, DCM_VR_SQ, 0, "StrainSourceRegistryCodeSequence", "1", "Strain Source Registry Code Sequence" },
    { 0x00100216, 0xFFFFFFFF, DCM_VR_SQ, 0, "StrainStockSequence", "1", "Strain Stock Sequence" },
    { 0x00100217, 0xFFFFFFFF, DCM_VR_LO, 0, "StrainSource", "1", "Strain Source" },
    { 0x00100218, 0xFFFFFFFF, DCM_VR_UT, 0, "StrainAdditionalInformation", "1", "Strain Additional Information" },
    { 0x00100219, 0xFFFFFFFF, DCM_VR_SQ, 0, "StrainCodeSequence", "1", "Strain Code Sequence" },
    { 0x00100221, 0xFFFFFFFF, DCM_VR_SQ, 0, "GeneticModificationsSequence", "1", "Genetic Modifications Sequence" },
    { 0x00100222, 0xFFFFFFFF, DCM_VR_UC, 0, "GeneticModificationsDescription", "1", "Genetic Modifications Description" },
    { 0x00100223, 0xFFFFFFFF, DCM_VR_LO, 0, "GeneticModificationsNomenclature", "1", "Genetic Modifications Nomenclature" },
    { 0x00100229, 0xFFFFFFFF, DCM_VR_SQ, 0, "GeneticModificationsCodeSequence", "1", "Genetic Modifications Code Sequence" },
    { 0x00101000, 0xFFFFFFFF, DCM_VR_LO, 1, "OtherPatientIDs", "1-n", "Other Patient IDs" },
    { 0x00101001, 0xFFFFFFFF, DCM_VR_PN, 0, "OtherPatientNames", "1-n", "Other Patient Names" },
    { 0x00101002, 0xFFFFFFFF, DCM_VR_SQ, 0, "OtherPatientIDsSequence", "1", "Other Patient IDs Sequence" },
    { 0x00101005, 0xFFFFFFFF, DCM_VR_PN, 0, "PatientBirthName", "1", "Patient's Birth Name" },
    { 0x00101010, 0xFFFFFFFF, DCM_VR_AS, 0, "PatientAge", "1", "Patient's Age" },
    { 0x00101020, 0xFFFFFFFF, DCM_VR_DS, 0, "PatientSize", "1", "Patient's Size" },
    { 0x00101021, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSizeCodeSequence", "1", "Patient's Size Code Sequence" },
    { 0x00101022, 0xFFFFFFFF, DCM_VR_DS, 0, "PatientBodyMassIndex", "1", "Patient's Body Mass Index" },
    { 0x00101023, 0xFFFFFFFF, DCM_VR_DS, 0, "MeasuredAPDimension", "1", "Measured AP Dimension" },
    { 0x00101024, 0xFFFFFFFF, DCM_VR_DS, 0, "MeasuredLateralDimension", "1", "Measured Lateral Dimension" },
    { 0x00101030, 0xFFFFFFFF, DCM_VR_DS, 0, "PatientWeight", "1", "Patient's Weight" },
    { 0x00101040, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientAddress", "1", "Patient's Address" },
    { 0x00101050, 0xFFFFFFFF, DCM_VR_LO, 1, "InsurancePlanIdentification", "1-n", "Insurance Plan Identification" },
    { 0x00101060, 0xFFFFFFFF, DCM_VR_PN, 0, "PatientMotherBirthName", "1", "Patient's Mother's Birth Name" },
    { 0x00101080, 0xFFFFFFFF, DCM_VR_LO, 0, "MilitaryRank", "1", "Military Rank" },
    { 0x00101081, 0xFFFFFFFF, DCM_VR_LO, 0, "BranchOfService", "1", "Branch of Service" },
    { 0x00101090, 0xFFFFFFFF, DCM_VR_LO, 1, "MedicalRecordLocator", "1", "Medical Record Locator" },
    { 0x00101100, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPatientPhotoSequence", "1", "Referenced Patient Photo Sequence" },
    { 0x00102000, 0xFFFFFFFF, DCM_VR_LO, 0, "MedicalAlerts", "1-n", "Medical Alerts" },
    { 0x00102110, 0xFFFFFFFF, DCM_VR_LO, 0, "Allergies", "1-n", "Allergies" },
    { 0x00102150, 0xFFFFFFFF, DCM_VR_LO, 0, "CountryOfResidence", "1", "Country of Residence" },
    { 0x00102152, 0xFFFFFFFF, DCM_VR_LO, 0, "RegionOfResidence", "1", "Region of Residence" },
    { 0x00102154, 0xFFFFFFFF, DCM_VR_SH, 0, "PatientTelephoneNumbers", "1-n", "Patient's Telephone Numbers" },
    { 0x00102155, 0xFFFFFFFF, DCM_VR_LT, 0, "PatientTelecomInformation", "1", "Patient's Telecom Information" },
    { 0x00102160, 0xFFFFFFFF, DCM_VR_SH, 0, "EthnicGroup", "1", "Ethnic Group" },
    { 0x00102180, 0xFFFFFFFF, DCM_VR_SH, 0, "Occupation", "1", "Occupation" },
    { 0x001021A0, 0xFFFFFFFF, DCM_VR_CS, 0, "SmokingStatus", "1", "Smoking Status" },
    { 0x001021B0, 0xFFFFFFFF, DCM_VR_LT, 0, "AdditionalPatientHistory", "1", "Additional Patient History" },
    { 0x001021C0, 0xFFFFFFFF, DCM_VR_US, 0, "PregnancyStatus", "1", "Pregnancy Status" },
    { 0x001021D0, 0xFFFFFFFF, DCM_VR_DA, 0, "LastMenstrualDate", "1", "Last Menstrual Date" },
    { 0x001021F0, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientReligiousPreference", "1", "Patient's Religious Preference" },
    { 0x00102201, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientSpeciesDescription", "1", "Patient Species Description" },
    { 0x00102202, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSpeciesCodeSequence", "1", "Patient Species Code Sequence" },
    { 0x00102203, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientSexNeutered", "1", "Patient's Sex Neutered" },
    { 0x00102210, 0xFFFFFFFF, DCM_VR_CS, 0, "AnatomicalOrientationType", "1", "Anatomical Orientation Type" },
    { 0x00102292, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientBreedDescription", "1", "Patient Breed Description" },
    { 0x00102293, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientBreedCodeSequence", "1", "Patient Breed Code Sequence" },
    { 0x00102294, 0xFFFFFFFF, DCM_VR_SQ, 0, "BreedRegistrationSequence", "1", "Breed Registration Sequence" },
    { 0x00102295, 0xFFFFFFFF, DCM_VR_LO, 0, "BreedRegistrationNumber", "1", "Breed Registration Number" },
    { 0x00102296, 0xFFFFFFFF, DCM_VR_SQ, 0, "BreedRegistryCodeSequence", "1", "Breed Registry Code Sequence" },
    { 0x00102297, 0xFFFFFFFF, DCM_VR_PN, 0, "ResponsiblePerson", "1", "Responsible Person" },
    { 0x00102298, 0xFFFFFFFF, DCM_VR_CS, 0, "ResponsiblePersonRole", "1", "Responsible Person Role" },
    { 0x00102299, 0xFFFFFFFF, DCM_VR_LO, 0, "ResponsibleOrganization", "1", "Responsible Organization" },
    { 0x00104000, 0xFFFFFFFF, DCM_VR_LT, 0, "PatientComments", "1", "Patient Comments" },
    { 0x00109431, 0xFFFFFFFF, DCM_VR_FL, 0, "ExaminedBodyThickness", "1", "Examined Body Thickness" },
    { 0x00120010, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialSponsorName", "1", "Clinical Trial Sponsor Name" },
    { 0x00120020, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialProtocolID", "1", "Clinical Trial Protocol ID" },
    { 0x00120021, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialProtocolName", "1", "Clinical Trial Protocol Name" },
    { 0x00120030, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialSiteID", "1", "Clinical Trial Site ID" },
    { 0x00120031, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialSiteName", "1", "Clinical Trial Site Name" },
    { 0x00120040, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialSubjectID", "1", "Clinical Trial Subject ID" },
    { 0x00120042, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialSubjectReadingID", "1", "Clinical Trial Subject Reading ID" },
    { 0x00120050, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialTimePointID", "1", "Clinical Trial Time Point ID" },
    { 0x00120051, 0xFFFFFFFF, DCM_VR_ST, 0, "ClinicalTrialTimePointDescription", "1", "Clinical Trial Time Point Description" },
    { 0x00120052, 0xFFFFFFFF, DCM_VR_FD, 0, "LongitudinalTemporalOffsetFromEvent", "1", "Longitudinal Temporal Offset from Event" },
    { 0x00120053, 0xFFFFFFFF, DCM_VR_CS, 0, "LongitudinalTemporalEventType", "1", "Longitudinal Temporal Event Type" },
    { 0x00120060, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialCoordinatingCenterName", "1", "Clinical Trial Coordinating Center Name" },
    { 0x00120062, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientIdentityRemoved", "1", "Patient Identity Removed" },
    { 0x00120063, 0xFFFFFFFF, DCM_VR_LO, 0, "DeidentificationMethod", "1-n", "De-identification Method" },
    { 0x00120064, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeidentificationMethodCodeSequence", "1", "De-identification Method Code Sequence" },
    { 0x00120071, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialSeriesID", "1", "Clinical Trial Series ID" },
    { 0x00120072, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialSeriesDescription", "1", "Clinical Trial Series Description" },
    { 0x00120081, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialProtocolEthicsCommitteeName", "1", "Clinical Trial Protocol Ethics Committee Name" },
    { 0x00120082, 0xFFFFFFFF, DCM_VR_LO, 0, "ClinicalTrialProtocolEthicsCommitteeApprovalNumber", "1", "Clinical Trial Protocol Ethics Committee Approval Number" },
    { 0x00120083, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConsentForClinicalTrialUseSequence", "1", "Consent for Clinical Trial Use Sequence" },
    { 0x00120084, 0xFFFFFFFF, DCM_VR_CS, 0, "DistributionType", "1", "Distribution Type" },
    { 0x00120085, 0xFFFFFFFF, DCM_VR_CS, 0, "ConsentForDistributionFlag", "1", "Consent for Distribution Flag" },
    { 0x00120086, 0xFFFFFFFF, DCM_VR_DA, 0, "EthicsCommitteeApprovalEffectivenessStartDate", "1", "Ethics Committee Approval Effectiveness Start Date" },
    { 0x00120087, 0xFFFFFFFF, DCM_VR_DA, 0, "EthicsCommitteeApprovalEffectivenessEndDate", "1", "Ethics Committee Approval Effectiveness End Date" },
    { 0x00140023, 0xFFFFFFFF, DCM_VR_ST, 1, "CADFileFormat", "1", "CAD File Format" },
    { 0x00140024, 0xFFFFFFFF, DCM_VR_ST, 1, "ComponentReferenceSystem", "1", "Component Reference System" },
    { 0x00140025, 0xFFFFFFFF, DCM_VR_ST, 0, "ComponentManufacturingProcedure", "1", "Component Manufacturing Procedure" },
    { 0x00140028, 0xFFFFFFFF, DCM_VR_ST, 0, "ComponentManufacturer", "1", "Component Manufacturer" },
    { 0x00140030, 0xFFFFFFFF, DCM_VR_DS, 0, "MaterialThickness", "1-n", "Material Thickness" },
    { 0x00140032, 0xFFFFFFFF, DCM_VR_DS, 0, "MaterialPipeDiameter", "1-n", "Material Pipe Diameter" },
    { 0x00140034, 0xFFFFFFFF, DCM_VR_DS, 0, "MaterialIsolationDiameter", "1-n", "Material Isolation Diameter" },
    { 0x00140042, 0xFFFFFFFF, DCM_VR_ST, 0, "MaterialGrade", "1", "Material Grade" },
    { 0x00140044, 0xFFFFFFFF, DCM_VR_ST, 0, "MaterialPropertiesDescription", "1", "Material Properties Description" },
    { 0x00140045, 0xFFFFFFFF, DCM_VR_ST, 1, "MaterialPropertiesFileFormatRetired", "1", "Material Properties File Format (Retired)" },
    { 0x00140046, 0xFFFFFFFF, DCM_VR_LT, 0, "MaterialNotes", "1", "Material Notes" },
    { 0x00140050, 0xFFFFFFFF, DCM_VR_CS, 0, "ComponentShape", "1", "Component Shape" },
    { 0x00140052, 0xFFFFFFFF, DCM_VR_CS, 0, "CurvatureType", "1", "Curvature Type" },
    { 0x00140054, 0xFFFFFFFF, DCM_VR_DS, 0, "OuterDiameter", "1", "Outer Diameter" },
    { 0x00140056, 0xFFFFFFFF, DCM_VR_DS, 0, "InnerDiameter", "1", "Inner Diameter" },
    { 0x00140100, 0xFFFFFFFF, DCM_VR_LO, 0, "ComponentWelderIDs", "1-n", "Component Welder IDs" },
    { 0x00140101, 0xFFFFFFFF, DCM_VR_CS, 0, "SecondaryApprovalStatus", "1", "Secondary Approval Status" },
    { 0x00140102, 0xFFFFFFFF, DCM_VR_DA, 0, "SecondaryReviewDate", "1", "Secondary Review Date" },
    { 0x00140103, 0xFFFFFFFF, DCM_VR_TM, 0, "SecondaryReviewTime", "1", "Secondary Review Time" },
    { 0x00140104, 0xFFFFFFFF, DCM_VR_PN, 0, "SecondaryReviewerName", "1", "Secondary Reviewer Name" },
    { 0x00140105, 0xFFFFFFFF, DCM_VR_ST, 0, "RepairID", "1", "Repair ID" },
    { 0x00140106, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultipleComponentApprovalSequence", "1", "Multiple Component Approval Sequence" },
    { 0x00140107, 0xFFFFFFFF, DCM_VR_CS, 0, "OtherApprovalStatus", "1-n", "Other Approval Status" },
    { 0x00140108, 0xFFFFFFFF, DCM_VR_CS, 0, "OtherSecondaryApprovalStatus", "1-n", "Other Secondary Approval Status" },
    { 0x00141010, 0xFFFFFFFF, DCM_VR_ST, 0, "ActualEnvironmentalConditions", "1", "Actual Environmental Conditions" },
    { 0x00141020, 0xFFFFFFFF, DCM_VR_DA, 0, "ExpiryDate", "1", "Expiry Date" },
    { 0x00141040, 0xFFFFFFFF, DCM_VR_ST, 0, "EnvironmentalConditions", "1", "Environmental Conditions" },
    { 0x00142002, 0xFFFFFFFF, DCM_VR_SQ, 0, "EvaluatorSequence", "1", "Evaluator Sequence" },
    { 0x00142004, 0xFFFFFFFF, DCM_VR_IS, 0, "EvaluatorNumber", "1", "Evaluator Number" },
    { 0x00142006, 0xFFFFFFFF, DCM_VR_PN, 0, "EvaluatorName", "1", "Evaluator Name" },
    { 0x00142008, 0xFFFFFFFF, DCM_VR_IS, 0, "EvaluationAttempt", "1", "Evaluation Attempt" },
    { 0x00142012, 0xFFFFFFFF, DCM_VR_SQ, 0, "IndicationSequence", "1", "Indication Sequence" },
    { 0x00142014, 0xFFFFFFFF, DCM_VR_IS, 0, "IndicationNumber", "1", "Indication Number" },
    { 0x00142016, 0xFFFFFFFF, DCM_VR_SH, 0, "IndicationLabel", "1", "Indication Label" },
    { 0x00142018, 0xFFFFFFFF, DCM_VR_ST, 0, "IndicationDescription", "1", "Indication Description" },
    { 0x0014201A, 0xFFFFFFFF, DCM_VR_CS, 0, "IndicationType", "1-n", "Indication Type" },
    { 0x0014201C, 0xFFFFFFFF, DCM_VR_CS, 0, "IndicationDisposition", "1", "Indication Disposition" },
    { 0x0014201E, 0xFFFFFFFF, DCM_VR_SQ, 0, "IndicationROISequence", "1", "Indication ROI Sequence" },
    { 0x00142030, 0xFFFFFFFF, DCM_VR_SQ, 0, "IndicationPhysicalPropertySequence", "1", "Indication Physical Property Sequence" },
    { 0x00142032, 0xFFFFFFFF, DCM_VR_SH, 0, "PropertyLabel", "1", "Property Label" },
    { 0x00142202, 0xFFFFFFFF, DCM_VR_IS, 0, "CoordinateSystemNumberOfAxes", "1", "Coordinate System Number of Axes" },
    { 0x00142204, 0xFFFFFFFF, DCM_VR_SQ, 0, "CoordinateSystemAxesSequence", "1", "Coordinate System Axes Sequence" },
    { 0x00142206, 0xFFFFFFFF, DCM_VR_ST, 0, "CoordinateSystemAxisDescription", "1", "Coordinate System Axis Description" },
    { 0x00142208, 0xFFFFFFFF, DCM_VR_CS, 0, "CoordinateSystemDataSetMapping", "1", "Coordinate System Data Set Mapping" },
    { 0x0014220A, 0xFFFFFFFF, DCM_VR_IS, 0, "CoordinateSystemAxisNumber", "1", "Coordinate System Axis Number" },
    { 0x0014220C, 0xFFFFFFFF, DCM_VR_CS, 0, "CoordinateSystemAxisType", "1", "Coordinate System Axis Type" },
    { 0x0014220E, 0xFFFFFFFF, DCM_VR_CS, 0, "CoordinateSystemAxisUnits", "1", "Coordinate System Axis Units" },
    { 0x00142210, 0xFFFFFFFF, DCM_VR_OB, 0, "CoordinateSystemAxisValues", "1", "Coordinate System Axis Values" },
    { 0x00142220, 0xFFFFFFFF, DCM_VR_SQ, 0, "CoordinateSystemTransformSequence", "1", "Coordinate System Transform Sequence" },
    { 0x00142222, 0xFFFFFFFF, DCM_VR_ST, 0, "TransformDescription", "1", "Transform Description" },
    { 0x00142224, 0xFFFFFFFF, DCM_VR_IS, 0, "TransformNumberOfAxes", "1", "Transform Number of Axes" },
    { 0x00142226, 0xFFFFFFFF, DCM_VR_IS, 0, "TransformOrderOfAxes", "1-n", "Transform Order of Axes" },
    { 0x00142228, 0xFFFFFFFF, DCM_VR_CS, 0, "TransformedAxisUnits", "1", "Transformed Axis Units" },
    { 0x0014222A, 0xFFFFFFFF, DCM_VR_DS, 0, "CoordinateSystemTransformRotationAndScaleMatrix", "1-n", "Coordinate System Transform Rotation and Scale Matrix" },
    { 0x0014222C, 0xFFFFFFFF, DCM_VR_DS, 0, "CoordinateSystemTransformTranslationMatrix", "1-n", "Coordinate System Transform Translation Matrix" },
    { 0x00143011, 0xFFFFFFFF, DCM_VR_DS, 0, "InternalDetectorFrameTime", "1", "Internal Detector Frame Time" },
    { 0x00143012, 0xFFFFFFFF, DCM_VR_DS, 0, "NumberOfFramesIntegrated", "1", "Number of Frames Integrated" },
    { 0x00143020, 0xFFFFFFFF, DCM_VR_SQ, 0, "DetectorTemperatureSequence", "1", "Detector Temperature Sequence" },
    { 0x00143022, 0xFFFFFFFF, DCM_VR_ST, 0, "SensorName", "1", "Sensor Name" },
    { 0x00143024, 0xFFFFFFFF, DCM_VR_DS, 0, "HorizontalOffsetOfSensor", "1", "Horizontal Offset of Sensor" },
    { 0x00143026, 0xFFFFFFFF, DCM_VR_DS, 0, "VerticalOffsetOfSensor", "1", "Vertical Offset of Sensor" },
    { 0x00143028, 0xFFFFFFFF, DCM_VR_DS, 0, "SensorTemperature", "1", "Sensor Temperature" },
    { 0x00143040, 0xFFFFFFFF, DCM_VR_SQ, 0, "DarkCurrentSequence", "1", "Dark Current Sequence" },
    { 0x00143050, 0xFFFFFFFF, DCM_VR_AMBIG_OB_OW, 0, "DarkCurrentCounts", "1", "Dark Current Counts" },
    { 0x00143060, 0xFFFFFFFF, DCM_VR_SQ, 0, "GainCorrectionReferenceSequence", "1", "Gain Correction Reference Sequence" },
    { 0x00143070, 0xFFFFFFFF, DCM_VR_AMBIG_OB_OW, 0, "AirCounts", "1", "Air Counts" },
    { 0x00143071, 0xFFFFFFFF, DCM_VR_DS, 0, "KVUsedInGainCalibration", "1", "KV Used in Gain Calibration" },
    { 0x00143072, 0xFFFFFFFF, DCM_VR_DS, 0, "MAUsedInGainCalibration", "1", "MA Used in Gain Calibration" },
    { 0x00143073, 0xFFFFFFFF, DCM_VR_DS, 0, "NumberOfFramesUsedForIntegration", "1", "Number of Frames Used for Integration" },
    { 0x00143074, 0xFFFFFFFF, DCM_VR_LO, 0, "FilterMaterialUsedInGainCalibration", "1", "Filter Material Used in Gain Calibration" },
    { 0x00143075, 0xFFFFFFFF, DCM_VR_DS, 0, "FilterThicknessUsedInGainCalibration", "1", "Filter Thickness Used in Gain Calibration" },
    { 0x00143076, 0xFFFFFFFF, DCM_VR_DA, 0, "DateOfGainCalibration", "1", "Date of Gain Calibration" },
    { 0x00143077, 0xFFFFFFFF, DCM_VR_TM, 0, "TimeOfGainCalibration", "1", "Time of Gain Calibration" },
    { 0x00143080, 0xFFFFFFFF, DCM_VR_OB, 0, "BadPixelImage", "1", "Bad Pixel Image" },
    { 0x00143099, 0xFFFFFFFF, DCM_VR_LT, 0, "CalibrationNotes", "1", "Calibration Notes" },
    { 0x00143100, 0xFFFFFFFF, DCM_VR_LT, 0, "LinearityCorrectionTechnique", "1", "Linearity Correction Technique" },
    { 0x00143101, 0xFFFFFFFF, DCM_VR_LT, 0, "BeamHardeningCorrectionTechnique", "1", "Beam Hardening Correction Technique" },
    { 0x00144002, 0xFFFFFFFF, DCM_VR_SQ, 0, "PulserEquipmentSequence", "1", "Pulser Equipment Sequence" },
    { 0x00144004, 0xFFFFFFFF, DCM_VR_CS, 0, "PulserType", "1", "Pulser Type" },
    { 0x00144006, 0xFFFFFFFF, DCM_VR_LT, 0, "PulserNotes", "1", "Pulser Notes" },
    { 0x00144008, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReceiverEquipmentSequence", "1", "Receiver Equipment Sequence" },
    { 0x0014400A, 0xFFFFFFFF, DCM_VR_CS, 0, "AmplifierType", "1", "Amplifier Type" },
    { 0x0014400C, 0xFFFFFFFF, DCM_VR_LT, 0, "ReceiverNotes", "1", "Receiver Notes" },
    { 0x0014400E, 0xFFFFFFFF, DCM_VR_SQ, 0, "PreAmplifierEquipmentSequence", "1", "Pre-Amplifier Equipment Sequence" },
    { 0x0014400F, 0xFFFFFFFF, DCM_VR_LT, 0, "PreAmplifierNotes", "1", "Pre-Amplifier Notes" },
    { 0x00144010, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransmitTransducerSequence", "1", "Transmit Transducer Sequence" },
    { 0x00144011, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReceiveTransducerSequence", "1", "Receive Transducer Sequence" },
    { 0x00144012, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfElements", "1", "Number of Elements" },
    { 0x00144013, 0xFFFFFFFF, DCM_VR_CS, 0, "ElementShape", "1", "Element Shape" },
    { 0x00144014, 0xFFFFFFFF, DCM_VR_DS, 0, "ElementDimensionA", "1", "Element Dimension A" },
    { 0x00144015, 0xFFFFFFFF, DCM_VR_DS, 0, "ElementDimensionB", "1", "Element Dimension B" },
    { 0x00144016, 0xFFFFFFFF, DCM_VR_DS, 0, "ElementPitchA", "1", "Element Pitch A" },
    { 0x00144017, 0xFFFFFFFF, DCM_VR_DS, 0, "MeasuredBeamDimensionA", "1", "Measured Beam Dimension A" },
    { 0x00144018, 0xFFFFFFFF, DCM_VR_DS, 0, "MeasuredBeamDimensionB", "1", "Measured Beam Dimension B" },
    { 0x00144019, 0xFFFFFFFF, DCM_VR_DS, 0, "LocationOfMeasuredBeamDiameter", "1", "Location of Measured Beam Diameter" },
    { 0x0014401A, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalFrequency", "1", "Nominal Frequency" },
    { 0x0014401B, 0xFFFFFFFF, DCM_VR_DS, 0, "MeasuredCenterFrequency", "1", "Measured Center Frequency" },
    { 0x0014401C, 0xFFFFFFFF, DCM_VR_DS, 0, "MeasuredBandwidth", "1", "Measured Bandwidth" },
    { 0x0014401D, 0xFFFFFFFF, DCM_VR_DS, 0, "ElementPitchB", "1", "Element Pitch B" },
    { 0x00144020, 0xFFFFFFFF, DCM_VR_SQ, 0, "PulserSettingsSequence", "1", "Pulser Settings Sequence" },
    { 0x00144022, 0xFFFFFFFF, DCM_VR_DS, 0, "PulseWidth", "1", "Pulse Width" },
    { 0x00144024, 0xFFFFFFFF, DCM_VR_DS, 0, "ExcitationFrequency", "1", "Excitation Frequency" },
    { 0x00144026, 0xFFFFFFFF, DCM_VR_CS, 0, "ModulationType", "1", "Modulation Type" },
    { 0x00144028, 0xFFFFFFFF, DCM_VR_DS, 0, "Damping", "1", "Damping" },
    { 0x00144030, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReceiverSettingsSequence", "1", "Receiver Settings Sequence" },
    { 0x00144031, 0xFFFFFFFF, DCM_VR_DS, 0, "AcquiredSoundpathLength", "1", "Acquired Soundpath Length" },
    { 0x00144032, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionCompressionType", "1", "Acquisition Compression Type" },
    { 0x00144033, 0xFFFFFFFF, DCM_VR_IS, 0, "AcquisitionSampleSize", "1", "Acquisition Sample Size" },
    { 0x00144034, 0xFFFFFFFF, DCM_VR_DS, 0, "RectifierSmoothing", "1", "Rectifier Smoothing" },
    { 0x00144035, 0xFFFFFFFF, DCM_VR_SQ, 0, "DACSequence", "1", "DAC Sequence" },
    { 0x00144036, 0xFFFFFFFF, DCM_VR_CS, 0, "DACType", "1", "DAC Type" },
    { 0x00144038, 0xFFFFFFFF, DCM_VR_DS, 0, "DACGainPoints", "1-n", "DAC Gain Points" },
    { 0x0014403A, 0xFFFFFFFF, DCM_VR_DS, 0, "DACTimePoints", "1-n", "DAC Time Points" },
    { 0x0014403C, 0xFFFFFFFF, DCM_VR_DS, 0, "DACAmplitude", "1-n", "DAC Amplitude" },
    { 0x00144040, 0xFFFFFFFF, DCM_VR_SQ, 0, "PreAmplifierSettingsSequence", "1", "Pre-Amplifier Settings Sequence" },
    { 0x00144050, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransmitTransducerSettingsSequence", "1", "Transmit Transducer Settings Sequence" },
    { 0x00144051, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReceiveTransducerSettingsSequence", "1", "Receive Transducer Settings Sequence" },
    { 0x00144052, 0xFFFFFFFF, DCM_VR_DS, 0, "IncidentAngle", "1", "Incident Angle" },
    { 0x00144054, 0xFFFFFFFF, DCM_VR_ST, 0, "CouplingTechnique", "1", "Coupling Technique" },
    { 0x00144056, 0xFFFFFFFF, DCM_VR_ST, 0, "CouplingMedium", "1", "Coupling Medium" },
    { 0x00144057, 0xFFFFFFFF, DCM_VR_DS, 0, "CouplingVelocity", "1", "Coupling Velocity" },
    { 0x00144058, 0xFFFFFFFF, DCM_VR_DS, 0, "ProbeCenterLocationX", "1", "Probe Center Location X" },
    { 0x00144059, 0xFFFFFFFF, DCM_VR_DS, 0, "ProbeCenterLocationZ", "1", "Probe Center Location Z" },
    { 0x0014405A, 0xFFFFFFFF, DCM_VR_DS, 0, "SoundPathLength", "1", "Sound Path Length" },
    { 0x0014405C, 0xFFFFFFFF, DCM_VR_ST, 0, "DelayLawIdentifier", "1", "Delay Law Identifier" },
    { 0x00144060, 0xFFFFFFFF, DCM_VR_SQ, 0, "GateSettingsSequence", "1", "Gate Settings Sequence" },
    { 0x00144062, 0xFFFFFFFF, DCM_VR_DS, 0, "GateThreshold", "1", "Gate Threshold" },
    { 0x00144064, 0xFFFFFFFF, DCM_VR_DS, 0, "VelocityOfSound", "1", "Velocity of Sound" },
    { 0x00144070, 0xFFFFFFFF, DCM_VR_SQ, 0, "CalibrationSettingsSequence", "1", "Calibration Settings Sequence" },
    { 0x00144072, 0xFFFFFFFF, DCM_VR_ST, 0, "CalibrationProcedure", "1", "Calibration Procedure" },
    { 0x00144074, 0xFFFFFFFF, DCM_VR_SH, 0, "ProcedureVersion", "1", "Procedure Version" },
    { 0x00144076, 0xFFFFFFFF, DCM_VR_DA, 0, "ProcedureCreationDate", "1", "Procedure Creation Date" },
    { 0x00144078, 0xFFFFFFFF, DCM_VR_DA, 0, "ProcedureExpirationDate", "1", "Procedure Expiration Date" },
    { 0x0014407A, 0xFFFFFFFF, DCM_VR_DA, 0, "ProcedureLastModifiedDate", "1", "Procedure Last Modified Date" },
    { 0x0014407C, 0xFFFFFFFF, DCM_VR_TM, 0, "CalibrationTime", "1-n", "Calibration Time" },
    { 0x0014407E, 0xFFFFFFFF, DCM_VR_DA, 0, "CalibrationDate", "1-n", "Calibration Date" },
    { 0x00144080, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProbeDriveEquipmentSequence", "1", "Probe Drive Equipment Sequence" },
    { 0x00144081, 0xFFFFFFFF, DCM_VR_CS, 0, "DriveType", "1", "Drive Type" },
    { 0x00144082, 0xFFFFFFFF, DCM_VR_LT, 0, "ProbeDriveNotes", "1", "Probe Drive Notes" },
    { 0x00144083, 0xFFFFFFFF, DCM_VR_SQ, 0, "DriveProbeSequence", "1", "Drive Probe Sequence" },
    { 0x00144084, 0xFFFFFFFF, DCM_VR_DS, 0, "ProbeInductance", "1", "Probe Inductance" },
    { 0x00144085, 0xFFFFFFFF, DCM_VR_DS, 0, "ProbeResistance", "1", "Probe Resistance" },
    { 0x00144086, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReceiveProbeSequence", "1", "Receive Probe Sequence" },
    { 0x00144087, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProbeDriveSettingsSequence", "1", "Probe Drive Settings Sequence" },
    { 0x00144088, 0xFFFFFFFF, DCM_VR_DS, 0, "BridgeResistors", "1", "Bridge Resistors" },
    { 0x00144089, 0xFFFFFFFF, DCM_VR_DS, 0, "ProbeOrientationAngle", "1", "Probe Orientation Angle" },
    { 0x0014408B, 0xFFFFFFFF, DCM_VR_DS, 0, "UserSelectedGainY", "1", "User Selected Gain Y" },
    { 0x0014408C, 0xFFFFFFFF, DCM_VR_DS, 0, "UserSelectedPhase", "1", "User Selected Phase" },
    { 0x0014408D, 0xFFFFFFFF, DCM_VR_DS, 0, "UserSelectedOffsetX", "1", "User Selected Offset X" },
    { 0x0014408E, 0xFFFFFFFF, DCM_VR_DS, 0, "UserSelectedOffsetY", "1", "User Selected Offset Y" },
    { 0x00144091, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelSettingsSequence", "1", "Channel Settings Sequence" },
    { 0x00144092, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelThreshold", "1", "Channel Threshold" },
    { 0x0014409A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScannerSettingsSequence", "1", "Scanner Settings Sequence" },
    { 0x0014409B, 0xFFFFFFFF, DCM_VR_ST, 0, "ScanProcedure", "1", "Scan Procedure" },
    { 0x0014409C, 0xFFFFFFFF, DCM_VR_DS, 0, "TranslationRateX", "1", "Translation Rate X" },
    { 0x0014409D, 0xFFFFFFFF, DCM_VR_DS, 0, "TranslationRateY", "1", "Translation Rate Y" },
    { 0x0014409F, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelOverlap", "1", "Channel Overlap" },
    { 0x001440A0, 0xFFFFFFFF, DCM_VR_LO, 0, "ImageQualityIndicatorType", "1-n", "Image Quality Indicator Type" },
    { 0x001440A1, 0xFFFFFFFF, DCM_VR_LO, 0, "ImageQualityIndicatorMaterial", "1-n", "Image Quality Indicator Material" },
    { 0x001440A2, 0xFFFFFFFF, DCM_VR_LO, 0, "ImageQualityIndicatorSize", "1-n", "Image Quality Indicator Size" },
    { 0x00145002, 0xFFFFFFFF, DCM_VR_IS, 0, "LINACEnergy", "1", "LINAC Energy" },
    { 0x00145004, 0xFFFFFFFF, DCM_VR_IS, 0, "LINACOutput", "1", "LINAC Output" },
    { 0x00145100, 0xFFFFFFFF, DCM_VR_US, 0, "ActiveAperture", "1", "Active Aperture" },
    { 0x00145101, 0xFFFFFFFF, DCM_VR_DS, 0, "TotalAperture", "1", "Total Aperture" },
    { 0x00145102, 0xFFFFFFFF, DCM_VR_DS, 0, "ApertureElevation", "1", "Aperture Elevation" },
    { 0x00145103, 0xFFFFFFFF, DCM_VR_DS, 0, "MainLobeAngle", "1", "Main Lobe Angle" },
    { 0x00145104, 0xFFFFFFFF, DCM_VR_DS, 0, "MainRoofAngle", "1", "Main Roof Angle" },
    { 0x00145105, 0xFFFFFFFF, DCM_VR_CS, 0, "ConnectorType", "1", "Connector Type" },
    { 0x00145106, 0xFFFFFFFF, DCM_VR_SH, 0, "WedgeModelNumber", "1", "Wedge Model Number" },
    { 0x00145107, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeAngleFloat", "1", "Wedge Angle Float" },
    { 0x00145108, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeRoofAngle", "1", "Wedge Roof Angle" },
    { 0x00145109, 0xFFFFFFFF, DCM_VR_CS, 0, "WedgeElement1Position", "1", "Wedge Element 1 Position" },
    { 0x0014510A, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeMaterialVelocity", "1", "Wedge Material Velocity" },
    { 0x0014510B, 0xFFFFFFFF, DCM_VR_SH, 0, "WedgeMaterial", "1", "Wedge Material" },
    { 0x0014510C, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeOffsetZ", "1", "Wedge Offset Z" },
    { 0x0014510D, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeOriginOffsetX", "1", "Wedge Origin Offset X" },
    { 0x0014510E, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeTimeDelay", "1", "Wedge Time Delay" },
    { 0x0014510F, 0xFFFFFFFF, DCM_VR_SH, 0, "WedgeName", "1", "Wedge Name" },
    { 0x00145110, 0xFFFFFFFF, DCM_VR_SH, 0, "WedgeManufacturerName", "1", "Wedge Manufacturer Name" },
    { 0x00145111, 0xFFFFFFFF, DCM_VR_LO, 0, "WedgeDescription", "1", "Wedge Description" },
    { 0x00145112, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalBeamAngle", "1", "Nominal Beam Angle" },
    { 0x00145113, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeOffsetX", "1", "Wedge Offset X" },
    { 0x00145114, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeOffsetY", "1", "Wedge Offset Y" },
    { 0x00145115, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeTotalLength", "1", "Wedge Total Length" },
    { 0x00145116, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeInContactLength", "1", "Wedge In Contact Length" },
    { 0x00145117, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeFrontGap", "1", "Wedge Front Gap" },
    { 0x00145118, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeTotalHeight", "1", "Wedge Total Height" },
    { 0x00145119, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeFrontHeight", "1", "Wedge Front Height" },
    { 0x0014511A, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeRearHeight", "1", "Wedge Rear Height" },
    { 0x0014511B, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeTotalWidth", "1", "Wedge Total Width" },
    { 0x0014511C, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeInContactWidth", "1", "Wedge In Contact Width" },
    { 0x0014511D, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeChamferHeight", "1", "Wedge Chamfer Height" },
    { 0x0014511E, 0xFFFFFFFF, DCM_VR_CS, 0, "WedgeCurve", "1", "Wedge Curve" },
    { 0x0014511F, 0xFFFFFFFF, DCM_VR_DS, 0, "RadiusAlongWedge", "1", "Radius Along the Wedge" },
    { 0x00160001, 0xFFFFFFFF, DCM_VR_DS, 0, "WhitePoint", "1", "White Point" },
    { 0x00160002, 0xFFFFFFFF, DCM_VR_DS, 0, "PrimaryChromaticities", "3", "Primary Chromaticities" },
    { 0x00160003, 0xFFFFFFFF, DCM_VR_UT, 0, "BatteryLevel", "1", "Battery Level" },
    { 0x00160004, 0xFFFFFFFF, DCM_VR_DS, 0, "ExposureTimeInSeconds", "1", "Exposure Time in Seconds" },
    { 0x00160005, 0xFFFFFFFF, DCM_VR_DS, 0, "FNumber", "1", "F-Number" },
    { 0x00160006, 0xFFFFFFFF, DCM_VR_IS, 0, "OECFRows", "1", "OECF Rows" },
    { 0x00160007, 0xFFFFFFFF, DCM_VR_IS, 0, "OECFColumns", "1", "OECF Columns" },
    { 0x00160008, 0xFFFFFFFF, DCM_VR_UC, 0, "OECFColumnNames", "1-n", "OECF Column Names" },
    { 0x00160009, 0xFFFFFFFF, DCM_VR_DS, 0, "OECFValues", "1-n", "OECF Values" },
    { 0x0016000A, 0xFFFFFFFF, DCM_VR_IS, 0, "SpatialFrequencyResponseRows", "1", "Spatial Frequency Response Rows" },
    { 0x0016000B, 0xFFFFFFFF, DCM_VR_IS, 0, "SpatialFrequencyResponseColumns", "1", "Spatial Frequency Response Columns" },
    { 0x0016000C, 0xFFFFFFFF, DCM_VR_UC, 0, "SpatialFrequencyResponseColumnNames", "1-n", "Spatial Frequency Response Column Names" },
    { 0x0016000D, 0xFFFFFFFF, DCM_VR_DS, 0, "SpatialFrequencyResponseValues", "1-n", "Spatial Frequency Response Values" },
    { 0x0016000E, 0xFFFFFFFF, DCM_VR_IS, 0, "ColorFilterArrayPatternRows", "1", "Color Filter Array Pattern Rows" },
    { 0x0016000F, 0xFFFFFFFF, DCM_VR_IS, 0, "ColorFilterArrayPatternColumns", "1", "Color Filter Array Pattern Columns" },
    { 0x00160010, 0xFFFFFFFF, DCM_VR_DS, 0, "ColorFilterArrayPatternValues", "1-n", "Color Filter Array Pattern Values" },
    { 0x00160011, 0xFFFFFFFF, DCM_VR_US, 0, "FlashFiringStatus", "1", "Flash Firing Status" },
    { 0x00160012, 0xFFFFFFFF, DCM_VR_US, 0, "FlashReturnStatus", "1", "Flash Return Status" },
    { 0x00160013, 0xFFFFFFFF, DCM_VR_US, 0, "FlashMode", "1", "Flash Mode" },
    { 0x00160014, 0xFFFFFFFF, DCM_VR_US, 0, "FlashFunctionPresent", "1", "Flash Function Present" },
    { 0x00160015, 0xFFFFFFFF, DCM_VR_US, 0, "FlashRedEyeMode", "1", "Flash Red Eye Mode" },
    { 0x00160016, 0xFFFFFFFF, DCM_VR_US, 0, "ExposureProgram", "1", "Exposure Program" },
    { 0x00160017, 0xFFFFFFFF, DCM_VR_UT, 0, "SpectralSensitivity", "1", "Spectral Sensitivity" },
    { 0x00160018, 0xFFFFFFFF, DCM_VR_IS, 0, "PhotographicSensitivity", "1", "Photographic Sensitivity" },
    { 0x00160019, 0xFFFFFFFF, DCM_VR_IS, 0, "SelfTimerMode", "1", "Self Timer Mode" },
    { 0x0016001A, 0xFFFFFFFF, DCM_VR_US, 0, "SensitivityType", "1", "Sensitivity Type" },
    { 0x0016001B, 0xFFFFFFFF, DCM_VR_IS, 0, "StandardOutputSensitivity", "1", "Standard Output Sensitivity" },
    { 0x0016001C, 0xFFFFFFFF, DCM_VR_IS, 0, "RecommendedExposureIndex", "1", "Recommended Exposure Index" },
    { 0x0016001D, 0xFFFFFFFF, DCM_VR_IS, 0, "ISOSpeed", "1", "ISO Speed" },
    { 0x0016001E, 0xFFFFFFFF, DCM_VR_IS, 0, "ISOSpeedLatitudeyyy", "1", "ISO Speed Latitude yyy" },
    { 0x0016001F, 0xFFFFFFFF, DCM_VR_IS, 0, "ISOSpeedLatitudezzz", "1", "ISO Speed Latitude zzz" },
    { 0x00160020, 0xFFFFFFFF, DCM_VR_UT, 0, "EXIFVersion", "1", "EXIF Version" },
    { 0x00160021, 0xFFFFFFFF, DCM_VR_DS, 0, "ShutterSpeedValue", "1", "Shutter Speed Value" },
    { 0x00160022, 0xFFFFFFFF, DCM_VR_DS, 0, "ApertureValue", "1", "Aperture Value" },
    { 0x00160023, 0xFFFFFFFF, DCM_VR_DS, 0, "BrightnessValue", "1", "Brightness Value" },
    { 0x00160024, 0xFFFFFFFF, DCM_VR_DS, 0, "ExposureBiasValue", "1", "Exposure Bias Value" },
    { 0x00160025, 0xFFFFFFFF, DCM_VR_DS, 0, "MaxApertureValue", "1", "Max Aperture Value" },
    { 0x00160026, 0xFFFFFFFF, DCM_VR_DS, 0, "SubjectDistance", "1", "Subject Distance" },
    { 0x00160027, 0xFFFFFFFF, DCM_VR_US, 0, "MeteringMode", "1", "Metering Mode" },
    { 0x00160028, 0xFFFFFFFF, DCM_VR_US, 0, "LightSource", "1", "Light Source" },
    { 0x00160029, 0xFFFFFFFF, DCM_VR_DS, 0, "FocalLength", "1", "Focal Length" },
    { 0x0016002A, 0xFFFFFFFF, DCM_VR_IS, 0, "SubjectArea", "2-4", "Subject Area" },
    { 0x0016002B, 0xFFFFFFFF, DCM_VR_OB, 0, "MakerNote", "1", "Maker Note" },
    { 0x00160030, 0xFFFFFFFF, DCM_VR_DS, 0, "Temperature", "1", "Temperature" },
    { 0x00160031, 0xFFFFFFFF, DCM_VR_DS, 0, "Humidity", "1", "Humidity" },
    { 0x00160032, 0xFFFFFFFF, DCM_VR_DS, 0, "Pressure", "1", "Pressure" },
    { 0x00160033, 0xFFFFFFFF, DCM_VR_DS, 0, "WaterDepth", "1", "Water Depth" },
    { 0x00160034, 0xFFFFFFFF, DCM_VR_DS, 0, "Acceleration", "1", "Acceleration" },
    { 0x00160035, 0xFFFFFFFF, DCM_VR_DS, 0, "CameraElevationAngle", "1", "Camera Elevation Angle" },
    { 0x00160036, 0xFFFFFFFF, DCM_VR_DS, 0, "FlashEnergy", "1-2", "Flash Energy" },
    { 0x00160037, 0xFFFFFFFF, DCM_VR_IS, 0, "SubjectLocation", "2", "Subject Location" },
    { 0x00160038, 0xFFFFFFFF, DCM_VR_DS, 0, "PhotographicExposureIndex", "1", "Photographic Exposure Index" },
    { 0x00160039, 0xFFFFFFFF, DCM_VR_US, 0, "SensingMethod", "1", "Sensing Method" },
    { 0x0016003A, 0xFFFFFFFF, DCM_VR_US, 0, "FileSource", "1", "File Source" },
    { 0x0016003B, 0xFFFFFFFF, DCM_VR_US, 0, "SceneType", "1", "Scene Type" },
    { 0x00160041, 0xFFFFFFFF, DCM_VR_US, 0, "CustomRendered", "1", "Custom Rendered" },
    { 0x00160042, 0xFFFFFFFF, DCM_VR_US, 0, "ExposureMode", "1", "Exposure Mode" },
    { 0x00160043, 0xFFFFFFFF, DCM_VR_US, 0, "WhiteBalance", "1", "White Balance" },
    { 0x00160044, 0xFFFFFFFF, DCM_VR_DS, 0, "DigitalZoomRatio", "1", "Digital Zoom Ratio" },
    { 0x00160045, 0xFFFFFFFF, DCM_VR_IS, 0, "FocalLengthIn35mmFilm", "1", "Focal Length In 35mm Film" },
    { 0x00160046, 0xFFFFFFFF, DCM_VR_US, 0, "SceneCaptureType", "1", "Scene Capture Type" },
    { 0x00160047, 0xFFFFFFFF, DCM_VR_US, 0, "GainControl", "1", "Gain Control" },
    { 0x00160048, 0xFFFFFFFF, DCM_VR_US, 0, "Contrast", "1", "Contrast" },
    { 0x00160049, 0xFFFFFFFF, DCM_VR_US, 0, "Saturation", "1", "Saturation" },
    { 0x0016004A, 0xFFFFFFFF, DCM_VR_US, 0, "Sharpness", "1", "Sharpness" },
    { 0x0016004B, 0xFFFFFFFF, DCM_VR_OB, 0, "DeviceSettingDescription", "1", "Device Setting Description" },
    { 0x0016004C, 0xFFFFFFFF, DCM_VR_US, 0, "SubjectDistanceRange", "1", "Subject Distance Range" },
    { 0x0016004D, 0xFFFFFFFF, DCM_VR_UT, 0, "CameraOwnerName", "1", "Camera Owner Name" },
    { 0x0016004E, 0xFFFFFFFF, DCM_VR_DS, 0, "LensSpecification", "4", "Lens Specification" },
    { 0x0016004F, 0xFFFFFFFF, DCM_VR_UT, 0, "LensMake", "1", "Lens Make" },
    { 0x00160050, 0xFFFFFFFF, DCM_VR_UT, 0, "LensModel", "1", "Lens Model" },
    { 0x00160051, 0xFFFFFFFF, DCM_VR_UT, 0, "LensSerialNumber", "1", "Lens Serial Number" },
    { 0x00160061, 0xFFFFFFFF, DCM_VR_CS, 0, "InteroperabilityIndex", "1", "Interoperability Index" },
    { 0x00160062, 0xFFFFFFFF, DCM_VR_OB, 0, "InteroperabilityVersion", "1", "Interoperability Version" },
    { 0x00160070, 0xFFFFFFFF, DCM_VR_OB, 0, "GPSVersionID", "1", "GPS Version ID" },
    { 0x00160071, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSLatitudeRef", "1", "GPS Latitude Ref" },
    { 0x00160072, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSLatitude", "3", "GPS Latitude" },
    { 0x00160073, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSLongitudeRef", "1", "GPS Longitude Ref" },
    { 0x00160074, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSLongitude", "3", "GPS Longitude" },
    { 0x00160075, 0xFFFFFFFF, DCM_VR_US, 0, "GPSAltitudeRef", "1", "GPS Altitude Ref" },
    { 0x00160076, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSAltitude", "1", "GPS Altitude" },
    { 0x00160077, 0xFFFFFFFF, DCM_VR_DT, 0, "GPSTimeStamp", "1", "GPS Time Stamp" },
    { 0x00160078, 0xFFFFFFFF, DCM_VR_UT, 0, "GPSSatellites", "1", "GPS Satellites" },
    { 0x00160079, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSStatus", "1", "GPS Status" },
    { 0x0016007A, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSMeasureMode", "1", "GPS Measure Mode" },
    { 0x0016007B, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSDOP", "1", "GPS DOP" },
    { 0x0016007C, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSSpeedRef", "1", "GPS Speed Ref" },
    { 0x0016007D, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSSpeed", "1", "GPS Speed" },
    { 0x0016007E, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSTrackRef", "1", "GPS Track Ref" },
    { 0x0016007F, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSTrack", "1", "GPS Track" },
    { 0x00160080, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSImgDirectionRef", "1", "GPS Img Direction Ref" },
    { 0x00160081, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSImgDirection", "1", "GPS Img Direction" },
    { 0x00160082, 0xFFFFFFFF, DCM_VR_UT, 0, "GPSMapDatum", "1", "GPS Map Datum" },
    { 0x00160083, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSDestLatitudeRef", "1", "GPS Dest Latitude Ref" },
    { 0x00160084, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSDestLatitude", "3", "GPS Dest Latitude" },
    { 0x00160085, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSDestLongitudeRef", "1", "GPS Dest Longitude Ref" },
    { 0x00160086, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSDestLongitude", "3", "GPS Dest Longitude" },
    { 0x00160087, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSDestBearingRef", "1", "GPS Dest Bearing Ref" },
    { 0x00160088, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSDestBearing", "1", "GPS Dest Bearing" },
    { 0x00160089, 0xFFFFFFFF, DCM_VR_CS, 0, "GPSDestDistanceRef", "1", "GPS Dest Distance Ref" },
    { 0x0016008A, 0xFFFFFFFF, DCM_VR_DS, 0, "GPSDestDistance", "1", "GPS Dest Distance" },
    { 0x0016008B, 0xFFFFFFFF, DCM_VR_OB, 0, "GPSProcessingMethod", "1", "GPS Processing Method" },
    { 0x0016008C, 0xFFFFFFFF, DCM_VR_OB, 0, "GPSAreaInformation", "1", "GPS Area Information" },
    { 0x0016008D, 0xFFFFFFFF, DCM_VR_DT, 0, "GPSDateStamp", "1", "GPS Date Stamp" },
    { 0x0016008E, 0xFFFFFFFF, DCM_VR_IS, 0, "GPSDifferential", "1", "GPS Differential" },
    { 0x00161001, 0xFFFFFFFF, DCM_VR_CS, 0, "LightSourcePolarization", "1", "Light Source Polarization" },
    { 0x00161002, 0xFFFFFFFF, DCM_VR_DS, 0, "EmitterColorTemperature", "1", "Emitter Color Temperature" },
    { 0x00161003, 0xFFFFFFFF, DCM_VR_CS, 0, "ContactMethod", "1", "Contact Method" },
    { 0x00161004, 0xFFFFFFFF, DCM_VR_CS, 0, "ImmersionMedia", "1-n", "Immersion Media" },
    { 0x00161005, 0xFFFFFFFF, DCM_VR_DS, 0, "OpticalMagnificationFactor", "1", "Optical Magnification Factor" },
    { 0x00180010, 0xFFFFFFFF, DCM_VR_LO, 0, "ContrastBolusAgent", "1", "Contrast/Bolus Agent" },
    { 0x00180012, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContrastBolusAgentSequence", "1", "Contrast/Bolus Agent Sequence" },
    { 0x00180013, 0xFFFFFFFF, DCM_VR_FL, 0, "ContrastBolusT1Relaxivity", "1", "Contrast/Bolus T1 Relaxivity" },
    { 0x00180014, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContrastBolusAdministrationRouteSequence", "1", "Contrast/Bolus Administration Route Sequence" },
    { 0x00180015, 0xFFFFFFFF, DCM_VR_CS, 0, "BodyPartExamined", "1", "Body Part Examined" },
    { 0x00180020, 0xFFFFFFFF, DCM_VR_CS, 0, "ScanningSequence", "1-n", "Scanning Sequence" },
    { 0x00180021, 0xFFFFFFFF, DCM_VR_CS, 0, "SequenceVariant", "1-n", "Sequence Variant" },
    { 0x00180022, 0xFFFFFFFF, DCM_VR_CS, 0, "ScanOptions", "1-n", "Scan Options" },
    { 0x00180023, 0xFFFFFFFF, DCM_VR_CS, 0, "MRAcquisitionType", "1", "MR Acquisition Type" },
    { 0x00180024, 0xFFFFFFFF, DCM_VR_SH, 0, "SequenceName", "1", "Sequence Name" },
    { 0x00180025, 0xFFFFFFFF, DCM_VR_CS, 0, "AngioFlag", "1", "Angio Flag" },
    { 0x00180026, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterventionDrugInformationSequence", "1", "Intervention Drug Information Sequence" },
    { 0x00180027, 0xFFFFFFFF, DCM_VR_TM, 0, "InterventionDrugStopTime", "1", "Intervention Drug Stop Time" },
    { 0x00180028, 0xFFFFFFFF, DCM_VR_DS, 0, "InterventionDrugDose", "1", "Intervention Drug Dose" },
    { 0x00180029, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterventionDrugCodeSequence", "1", "Intervention Drug Code Sequence" },
    { 0x0018002A, 0xFFFFFFFF, DCM_VR_SQ, 0, "AdditionalDrugSequence", "1", "Additional Drug Sequence" },
    { 0x00180030, 0xFFFFFFFF, DCM_VR_LO, 1, "Radionuclide", "1-n", "Radionuclide" },
    { 0x00180031, 0xFFFFFFFF, DCM_VR_LO, 0, "Radiopharmaceutical", "1", "Radiopharmaceutical" },
    { 0x00180032, 0xFFFFFFFF, DCM_VR_DS, 1, "EnergyWindowCenterline", "1", "Energy Window Centerline" },
    { 0x00180033, 0xFFFFFFFF, DCM_VR_DS, 1, "EnergyWindowTotalWidth", "1-n", "Energy Window Total Width" },
    { 0x00180034, 0xFFFFFFFF, DCM_VR_LO, 0, "InterventionDrugName", "1", "Intervention Drug Name" },
    { 0x00180035, 0xFFFFFFFF, DCM_VR_TM, 0, "InterventionDrugStartTime", "1", "Intervention Drug Start Time" },
    { 0x00180036, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterventionSequence", "1", "Intervention Sequence" },
    { 0x00180037, 0xFFFFFFFF, DCM_VR_CS, 1, "TherapyType", "1", "Therapy Type" },
    { 0x00180038, 0xFFFFFFFF, DCM_VR_CS, 0, "InterventionStatus", "1", "Intervention Status" },
    { 0x00180039, 0xFFFFFFFF, DCM_VR_CS, 1, "TherapyDescription", "1", "Therapy Description" },
    { 0x0018003A, 0xFFFFFFFF, DCM_VR_ST, 0, "InterventionDescription", "1", "Intervention Description" },
    { 0x00180040, 0xFFFFFFFF, DCM_VR_IS, 0, "CineRate", "1", "Cine Rate" },
    { 0x00180042, 0xFFFFFFFF, DCM_VR_CS, 0, "InitialCineRunState", "1", "Initial Cine Run State" },
    { 0x00180050, 0xFFFFFFFF, DCM_VR_DS, 0, "SliceThickness", "1", "Slice Thickness" },
    { 0x00180060, 0xFFFFFFFF, DCM_VR_DS, 0, "KVP", "1", "KVP" },
    { 0x00180061, 0xFFFFFFFF, DCM_VR_DS, 1, "", "1", "" },
    { 0x00180070, 0xFFFFFFFF, DCM_VR_IS, 0, "CountsAccumulated", "1", "Counts Accumulated" },
    { 0x00180071, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionTerminationCondition", "1", "Acquisition Termination Condition" },
    { 0x00180072, 0xFFFFFFFF, DCM_VR_DS, 0, "EffectiveDuration", "1", "Effective Duration" },
    { 0x00180073, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionStartCondition", "1", "Acquisition Start Condition" },
    { 0x00180074, 0xFFFFFFFF, DCM_VR_IS, 0, "AcquisitionStartConditionData", "1", "Acquisition Start Condition Data" },
    { 0x00180075, 0xFFFFFFFF, DCM_VR_IS, 0, "AcquisitionTerminationConditionData", "1", "Acquisition Termination Condition Data" },
    { 0x00180080, 0xFFFFFFFF, DCM_VR_DS, 0, "RepetitionTime", "1", "Repetition Time" },
    { 0x00180081, 0xFFFFFFFF, DCM_VR_DS, 0, "EchoTime", "1", "Echo Time" },
    { 0x00180082, 0xFFFFFFFF, DCM_VR_DS, 0, "InversionTime", "1", "Inversion Time" },
    { 0x00180083, 0xFFFFFFFF, DCM_VR_DS, 0, "NumberOfAverages", "1", "Number of Averages" },
    { 0x00180084, 0xFFFFFFFF, DCM_VR_DS, 0, "ImagingFrequency", "1", "Imaging Frequency" },
    { 0x00180085, 0xFFFFFFFF, DCM_VR_SH, 0, "ImagedNucleus", "1", "Imaged Nucleus" },
    { 0x00180086, 0xFFFFFFFF, DCM_VR_IS, 0, "EchoNumbers", "1-n", "Echo Number(s)" },
    { 0x00180087, 0xFFFFFFFF, DCM_VR_DS, 0, "MagneticFieldStrength", "1", "Magnetic Field Strength" },
    { 0x00180088, 0xFFFFFFFF, DCM_VR_DS, 0, "SpacingBetweenSlices", "1", "Spacing Between Slices" },
    { 0x00180089, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfPhaseEncodingSteps", "1", "Number of Phase Encoding Steps" },
    { 0x00180090, 0xFFFFFFFF, DCM_VR_DS, 0, "DataCollectionDiameter", "1", "Data Collection Diameter" },
    { 0x00180091, 0xFFFFFFFF, DCM_VR_IS, 0, "EchoTrainLength", "1", "Echo Train Length" },
    { 0x00180093, 0xFFFFFFFF, DCM_VR_DS, 0, "PercentSampling", "1", "Percent Sampling" },
    { 0x00180094, 0xFFFFFFFF, DCM_VR_DS, 0, "PercentPhaseFieldOfView", "1", "Percent Phase Field of View" },
    { 0x00180095, 0xFFFFFFFF, DCM_VR_DS, 0, "PixelBandwidth", "1", "Pixel Bandwidth" },
    { 0x00181000, 0xFFFFFFFF, DCM_VR_LO, 0, "DeviceSerialNumber", "1", "Device Serial Number" },
    { 0x00181002, 0xFFFFFFFF, DCM_VR_UI, 0, "DeviceUID", "1", "Device UID" },
    { 0x00181003, 0xFFFFFFFF, DCM_VR_LO, 0, "DeviceID", "1", "Device ID" },
    { 0x00181004, 0xFFFFFFFF, DCM_VR_LO, 0, "PlateID", "1", "Plate ID" },
    { 0x00181005, 0xFFFFFFFF, DCM_VR_LO, 0, "GeneratorID", "1", "Generator ID" },
    { 0x00181006, 0xFFFFFFFF, DCM_VR_LO, 0, "GridID", "1", "Grid ID" },
    { 0x00181007, 0xFFFFFFFF, DCM_VR_LO, 0, "CassetteID", "1", "Cassette ID" },
    { 0x00181008, 0xFFFFFFFF, DCM_VR_LO, 0, "GantryID", "1", "Gantry ID" },
    { 0x00181009, 0xFFFFFFFF, DCM_VR_UT, 0, "UniqueDeviceIdentifier", "1", "Unique Device Identifier" },
    { 0x0018100A, 0xFFFFFFFF, DCM_VR_SQ, 0, "UDISequence", "1", "UDI Sequence" },
    { 0x0018100B, 0xFFFFFFFF, DCM_VR_UI, 0, "ManufacturerDeviceClassUID", "1-n", "Manufacturer's Device Class UID" },
    { 0x00181010, 0xFFFFFFFF, DCM_VR_LO, 0, "SecondaryCaptureDeviceID", "1", "Secondary Capture Device ID" },
    { 0x00181011, 0xFFFFFFFF, DCM_VR_LO, 1, "HardcopyCreationDeviceID", "1", "Hardcopy Creation Device ID" },
    { 0x00181012, 0xFFFFFFFF, DCM_VR_DA, 0, "DateOfSecondaryCapture", "1", "Date of Secondary Capture" },
    { 0x00181014, 0xFFFFFFFF, DCM_VR_TM, 0, "TimeOfSecondaryCapture", "1", "Time of Secondary Capture" },
    { 0x00181016, 0xFFFFFFFF, DCM_VR_LO, 0, "SecondaryCaptureDeviceManufacturer", "1", "Secondary Capture Device Manufacturer" },
    { 0x00181017, 0xFFFFFFFF, DCM_VR_LO, 1, "HardcopyDeviceManufacturer", "1", "Hardcopy Device Manufacturer" },
    { 0x00181018, 0xFFFFFFFF, DCM_VR_LO, 0, "SecondaryCaptureDeviceManufacturerModelName", "1", "Secondary Capture Device Manufacturer's Model Name" },
    { 0x00181019, 0xFFFFFFFF, DCM_VR_LO, 0, "SecondaryCaptureDeviceSoftwareVersions", "1-n", "Secondary Capture Device Software Versions" },
    { 0x0018101A, 0xFFFFFFFF, DCM_VR_LO, 1, "HardcopyDeviceSoftwareVersion", "1-n", "Hardcopy Device Software Version" },
    { 0x0018101B, 0xFFFFFFFF, DCM_VR_LO, 1, "HardcopyDeviceManufacturerModelName", "1", "Hardcopy Device Manufacturer's Model Name" },
    { 0x00181020, 0xFFFFFFFF, DCM_VR_LO, 0, "SoftwareVersions", "1-n", "Software Versions" },
    { 0x00181022, 0xFFFFFFFF, DCM_VR_SH, 0, "VideoImageFormatAcquired", "1", "Video Image Format Acquired" },
    { 0x00181023, 0xFFFFFFFF, DCM_VR_LO, 0, "DigitalImageFormatAcquired", "1", "Digital Image Format Acquired" },
    { 0x00181030, 0xFFFFFFFF, DCM_VR_LO, 0, "ProtocolName", "1", "Protocol Name" },
    { 0x00181040, 0xFFFFFFFF, DCM_VR_LO, 0, "ContrastBolusRoute", "1", "Contrast/Bolus Route" },
    { 0x00181041, 0xFFFFFFFF, DCM_VR_DS, 0, "ContrastBolusVolume", "1", "Contrast/Bolus Volume" },
    { 0x00181042, 0xFFFFFFFF, DCM_VR_TM, 0, "ContrastBolusStartTime", "1", "Contrast/Bolus Start Time" },
    { 0x00181043, 0xFFFFFFFF, DCM_VR_TM, 0, "ContrastBolusStopTime", "1", "Contrast/Bolus Stop Time" },
    { 0x00181044, 0xFFFFFFFF, DCM_VR_DS, 0, "ContrastBolusTotalDose", "1", "Contrast/Bolus Total Dose" },
    { 0x00181045, 0xFFFFFFFF, DCM_VR_IS, 0, "SyringeCounts", "1", "Syringe Counts" },
    { 0x00181046, 0xFFFFFFFF, DCM_VR_DS, 0, "ContrastFlowRate", "1-n", "Contrast Flow Rate" },
    { 0x00181047, 0xFFFFFFFF, DCM_VR_DS, 0, "ContrastFlowDuration", "1-n", "Contrast Flow Duration" },
    { 0x00181048, 0xFFFFFFFF, DCM_VR_CS, 0, "ContrastBolusIngredient", "1", "Contrast/Bolus Ingredient" },
    { 0x00181049, 0xFFFFFFFF, DCM_VR_DS, 0, "ContrastBolusIngredientConcentration", "1", "Contrast/Bolus Ingredient Concentration" },
    { 0x00181050, 0xFFFFFFFF, DCM_VR_DS, 0, "SpatialResolution", "1", "Spatial Resolution" },
    { 0x00181060, 0xFFFFFFFF, DCM_VR_DS, 0, "TriggerTime", "1", "Trigger Time" },
    { 0x00181061, 0xFFFFFFFF, DCM_VR_LO, 0, "TriggerSourceOrType", "1", "Trigger Source or Type" },
    { 0x00181062, 0xFFFFFFFF, DCM_VR_IS, 0, "NominalInterval", "1", "Nominal Interval" },
    { 0x00181063, 0xFFFFFFFF, DCM_VR_DS, 0, "FrameTime", "1", "Frame Time" },
    { 0x00181064, 0xFFFFFFFF, DCM_VR_LO, 0, "CardiacFramingType", "1", "Cardiac Framing Type" },
    { 0x00181065, 0xFFFFFFFF, DCM_VR_DS, 0, "FrameTimeVector", "1-n", "Frame Time Vector" },
    { 0x00181066, 0xFFFFFFFF, DCM_VR_DS, 0, "FrameDelay", "1", "Frame Delay" },
    { 0x00181067, 0xFFFFFFFF, DCM_VR_DS, 0, "ImageTriggerDelay", "1", "Image Trigger Delay" },
    { 0x00181068, 0xFFFFFFFF, DCM_VR_DS, 0, "MultiplexGroupTimeOffset", "1", "Multiplex Group Time Offset" },
    { 0x00181069, 0xFFFFFFFF, DCM_VR_DS, 0, "TriggerTimeOffset", "1", "Trigger Time Offset" },
    { 0x0018106A, 0xFFFFFFFF, DCM_VR_CS, 0, "SynchronizationTrigger", "1", "Synchronization Trigger" },
    { 0x0018106C, 0xFFFFFFFF, DCM_VR_US, 0, "SynchronizationChannel", "2", "Synchronization Channel" },
    { 0x0018106E, 0xFFFFFFFF, DCM_VR_UL, 0, "TriggerSamplePosition", "1", "Trigger Sample Position" },
    { 0x00181070, 0xFFFFFFFF, DCM_VR_LO, 0, "RadiopharmaceuticalRoute", "1", "Radiopharmaceutical Route" },
    { 0x00181071, 0xFFFFFFFF, DCM_VR_DS, 0, "RadiopharmaceuticalVolume", "1", "Radiopharmaceutical Volume" },
    { 0x00181072, 0xFFFFFFFF, DCM_VR_TM, 0, "RadiopharmaceuticalStartTime", "1", "Radiopharmaceutical Start Time" },
    { 0x00181073, 0xFFFFFFFF, DCM_VR_TM, 0, "RadiopharmaceuticalStopTime", "1", "Radiopharmaceutical Stop Time" },
    { 0x00181074, 0xFFFFFFFF, DCM_VR_DS, 0, "RadionuclideTotalDose", "1", "Radionuclide Total Dose" },
    { 0x00181075, 0xFFFFFFFF, DCM_VR_DS, 0, "RadionuclideHalfLife", "1", "Radionuclide Half Life" },
    { 0x00181076, 0xFFFFFFFF, DCM_VR_DS, 0, "RadionuclidePositronFraction", "1", "Radionuclide Positron Fraction" },
    { 0x00181077, 0xFFFFFFFF, DCM_VR_DS, 0, "RadiopharmaceuticalSpecificActivity", "1", "Radiopharmaceutical Specific Activity" },
    { 0x00181078, 0xFFFFFFFF, DCM_VR_DT, 0, "RadiopharmaceuticalStartDateTime", "1", "Radiopharmaceutical Start DateTime" },
    { 0x00181079, 0xFFFFFFFF, DCM_VR_DT, 0, "RadiopharmaceuticalStopDateTime", "1", "Radiopharmaceutical Stop DateTime" },
    { 0x00181080, 0xFFFFFFFF, DCM_VR_CS, 0, "BeatRejectionFlag", "1", "Beat Rejection Flag" },
    { 0x00181081, 0xFFFFFFFF, DCM_VR_IS, 0, "LowRRValue", "1", "Low R-R Value" },
    { 0x00181082, 0xFFFFFFFF, DCM_VR_IS, 0, "HighRRValue", "1", "High R-R Value" },
    { 0x00181083, 0xFFFFFFFF, DCM_VR_IS, 0, "IntervalsAcquired", "1", "Intervals Acquired" },
    { 0x00181084, 0xFFFFFFFF, DCM_VR_IS, 0, "IntervalsRejected", "1", "Intervals Rejected" },
    { 0x00181085, 0xFFFFFFFF, DCM_VR_LO, 0, "PVCRejection", "1", "PVC Rejection" },
    { 0x00181086, 0xFFFFFFFF, DCM_VR_IS, 0, "SkipBeats", "1", "Skip Beats" },
    { 0x00181088, 0xFFFFFFFF, DCM_VR_IS, 0, "HeartRate", "1", "Heart Rate" },
    { 0x00181090, 0xFFFFFFFF, DCM_VR_IS, 0, "CardiacNumberOfImages", "1", "Cardiac Number of Images" },
    { 0x00181094, 0xFFFFFFFF, DCM_VR_IS, 0, "TriggerWindow", "1", "Trigger Window" },
    { 0x00181100, 0xFFFFFFFF, DCM_VR_DS, 0, "ReconstructionDiameter", "1", "Reconstruction Diameter" },
    { 0x00181110, 0xFFFFFFFF, DCM_VR_DS, 0, "DistanceSourceToDetector", "1", "Distance Source to Detector" },
    { 0x00181111, 0xFFFFFFFF, DCM_VR_DS, 0, "DistanceSourceToPatient", "1", "Distance Source to Patient" },
    { 0x00181114, 0xFFFFFFFF, DCM_VR_DS, 0, "EstimatedRadiographicMagnificationFactor", "1", "Estimated Radiographic Magnification Factor" },
    { 0x00181120, 0xFFFFFFFF, DCM_VR_DS, 0, "GantryDetectorTilt", "1", "Gantry/Detector Tilt" },
    { 0x00181121, 0xFFFFFFFF, DCM_VR_DS, 0, "GantryDetectorSlew", "1", "Gantry/Detector Slew" },
    { 0x00181130, 0xFFFFFFFF, DCM_VR_DS, 0, "TableHeight", "1", "Table Height" },
    { 0x00181131, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTraverse", "1", "Table Traverse" },
    { 0x00181134, 0xFFFFFFFF, DCM_VR_CS, 0, "TableMotion", "1", "Table Motion" },
    { 0x00181135, 0xFFFFFFFF, DCM_VR_DS, 0, "TableVerticalIncrement", "1-n", "Table Vertical Increment" },
    { 0x00181136, 0xFFFFFFFF, DCM_VR_DS, 0, "TableLateralIncrement", "1-n", "Table Lateral Increment" },
    { 0x00181137, 0xFFFFFFFF, DCM_VR_DS, 0, "TableLongitudinalIncrement", "1-n", "Table Longitudinal Increment" },
    { 0x00181138, 0xFFFFFFFF, DCM_VR_DS, 0, "TableAngle", "1", "Table Angle" },
    { 0x0018113A, 0xFFFFFFFF, DCM_VR_CS, 0, "TableType", "1", "Table Type" },
    { 0x00181140, 0xFFFFFFFF, DCM_VR_CS, 0, "RotationDirection", "1", "Rotation Direction" },
    { 0x00181141, 0xFFFFFFFF, DCM_VR_DS, 1, "AngularPosition", "1", "Angular Position" },
    { 0x00181142, 0xFFFFFFFF, DCM_VR_DS, 0, "RadialPosition", "1-n", "Radial Position" },
    { 0x00181143, 0xFFFFFFFF, DCM_VR_DS, 0, "ScanArc", "1", "Scan Arc" },
    { 0x00181144, 0xFFFFFFFF, DCM_VR_DS, 0, "AngularStep", "1", "Angular Step" },
    { 0x00181145, 0xFFFFFFFF, DCM_VR_DS, 0, "CenterOfRotationOffset", "1", "Center of Rotation Offset" },
    { 0x00181146, 0xFFFFFFFF, DCM_VR_DS, 1, "RotationOffset", "1-n", "Rotation Offset" },
    { 0x00181147, 0xFFFFFFFF, DCM_VR_CS, 0, "FieldOfViewShape", "1", "Field of View Shape" },
    { 0x00181149, 0xFFFFFFFF, DCM_VR_IS, 0, "FieldOfViewDimensions", "1-2", "Field of View Dimension(s)" },
    { 0x00181150, 0xFFFFFFFF, DCM_VR_IS, 0, "ExposureTime", "1", "Exposure Time" },
    { 0x00181151, 0xFFFFFFFF, DCM_VR_IS, 0, "XRayTubeCurrent", "1", "X-Ray Tube Current" },
    { 0x00181152, 0xFFFFFFFF, DCM_VR_IS, 0, "Exposure", "1", "Exposure" },
    { 0x00181153, 0xFFFFFFFF, DCM_VR_IS, 0, "ExposureInuAs", "1", "Exposure in uAs" },
    { 0x00181154, 0xFFFFFFFF, DCM_VR_DS, 0, "AveragePulseWidth", "1", "Average Pulse Width" },
    { 0x00181155, 0xFFFFFFFF, DCM_VR_CS, 0, "RadiationSetting", "1", "Radiation Setting" },
    { 0x00181156, 0xFFFFFFFF, DCM_VR_CS, 0, "RectificationType", "1", "Rectification Type" },
    { 0x0018115A, 0xFFFFFFFF, DCM_VR_CS, 0, "RadiationMode", "1", "Radiation Mode" },
    { 0x0018115E, 0xFFFFFFFF, DCM_VR_DS, 0, "ImageAndFluoroscopyAreaDoseProduct", "1", "Image and Fluoroscopy Area Dose Product" },
    { 0x00181160, 0xFFFFFFFF, DCM_VR_SH, 0, "FilterType", "1", "Filter Type" },
    { 0x00181161, 0xFFFFFFFF, DCM_VR_LO, 0, "TypeOfFilters", "1-n", "Type of Filters" },
    { 0x00181162, 0xFFFFFFFF, DCM_VR_DS, 0, "IntensifierSize", "1", "Intensifier Size" },
    { 0x00181164, 0xFFFFFFFF, DCM_VR_DS, 0, "ImagerPixelSpacing", "2", "Imager Pixel Spacing" },
    { 0x00181166, 0xFFFFFFFF, DCM_VR_CS, 0, "Grid", "1-n", "Grid" },
    { 0x00181170, 0xFFFFFFFF, DCM_VR_IS, 0, "GeneratorPower", "1", "Generator Power" },
    { 0x00181180, 0xFFFFFFFF, DCM_VR_SH, 0, "CollimatorGridName", "1", "Collimator/grid Name" },
    { 0x00181181, 0xFFFFFFFF, DCM_VR_CS, 0, "CollimatorType", "1", "Collimator Type" },
    { 0x00181182, 0xFFFFFFFF, DCM_VR_IS, 0, "FocalDistance", "1-2", "Focal Distance" },
    { 0x00181183, 0xFFFFFFFF, DCM_VR_DS, 0, "XFocusCenter", "1-2", "X Focus Center" },
    { 0x00181184, 0xFFFFFFFF, DCM_VR_DS, 0, "YFocusCenter", "1-2", "Y Focus Center" },
    { 0x00181190, 0xFFFFFFFF, DCM_VR_DS, 0, "FocalSpots", "1-n", "Focal Spot(s)" },
    { 0x00181191, 0xFFFFFFFF, DCM_VR_CS, 0, "AnodeTargetMaterial", "1", "Anode Target Material" },
    { 0x001811A0, 0xFFFFFFFF, DCM_VR_DS, 0, "BodyPartThickness", "1", "Body Part Thickness" },
    { 0x001811A2, 0xFFFFFFFF, DCM_VR_DS, 0, "CompressionForce", "1", "Compression Force" },
    { 0x001811A3, 0xFFFFFFFF, DCM_VR_DS, 0, "CompressionPressure", "1", "Compression Pressure" },
    { 0x001811A4, 0xFFFFFFFF, DCM_VR_LO, 0, "PaddleDescription", "1", "Paddle Description" },
    { 0x001811A5, 0xFFFFFFFF, DCM_VR_DS, 0, "CompressionContactArea", "1", "Compression Contact Area" },
    { 0x001811B0, 0xFFFFFFFF, DCM_VR_LO, 0, "AcquisitionMode", "1", "Acquisition Mode" },
    { 0x001811B1, 0xFFFFFFFF, DCM_VR_LO, 0, "DoseModeName", "1", "Dose Mode Name" },
    { 0x001811B2, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquiredSubtractionMaskFlag", "1", "Acquired Subtraction Mask Flag" },
    { 0x001811B3, 0xFFFFFFFF, DCM_VR_CS, 0, "FluoroscopyPersistenceFlag", "1", "Fluoroscopy Persistence Flag" },
    { 0x001811B4, 0xFFFFFFFF, DCM_VR_CS, 0, "FluoroscopyLastImageHoldPersistenceFlag", "1", "Fluoroscopy Last Image Hold Persistence Flag" },
    { 0x001811B5, 0xFFFFFFFF, DCM_VR_IS, 0, "UpperLimitNumberOfPersistentFluoroscopyFrames", "1", "Upper Limit Number Of Persistent Fluoroscopy Frames" },
    { 0x001811B6, 0xFFFFFFFF, DCM_VR_CS, 0, "ContrastBolusAutoInjectionTriggerFlag", "1", "Contrast/Bolus Auto Injection Trigger Flag" },
    { 0x001811B7, 0xFFFFFFFF, DCM_VR_FD, 0, "ContrastBolusInjectionDelay", "1", "Contrast/Bolus Injection Delay" },
    { 0x001811B8, 0xFFFFFFFF, DCM_VR_SQ, 0, "XAAcquisitionPhaseDetailsSequence", "1", "XA Acquisition Phase Details Sequence" },
    { 0x001811B9, 0xFFFFFFFF, DCM_VR_FD, 0, "XAAcquisitionFrameRate", "1", "XA Acquisition Frame Rate" },
    { 0x001811BA, 0xFFFFFFFF, DCM_VR_SQ, 0, "XAPlaneDetailsSequence", "1", "XA Plane Details Sequence" },
    { 0x001811BB, 0xFFFFFFFF, DCM_VR_LO, 0, "AcquisitionFieldOfViewLabel", "1", "Acquisition Field of View Label" },
    { 0x001811BC, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRayFilterDetailsSequence", "1", "X-Ray Filter Details Sequence" },
    { 0x001811BD, 0xFFFFFFFF, DCM_VR_FD, 0, "XAAcquisitionDuration", "1", "XA Acquisition Duration" },
    { 0x001811BE, 0xFFFFFFFF, DCM_VR_CS, 0, "ReconstructionPipelineType", "1", "Reconstruction Pipeline Type" },
    { 0x001811BF, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImageFilterDetailsSequence", "1", "Image Filter Details Sequence" },
    { 0x001811C0, 0xFFFFFFFF, DCM_VR_CS, 0, "AppliedMaskSubtractionFlag", "1", "Applied Mask Subtraction Flag" },
    { 0x001811C1, 0xFFFFFFFF, DCM_VR_SQ, 0, "RequestedSeriesDescriptionCodeSequence", "1", "Requested Series Description Code Sequence" },
    { 0x00181200, 0xFFFFFFFF, DCM_VR_DA, 0, "DateOfLastCalibration", "1-n", "Date of Last Calibration" },
    { 0x00181201, 0xFFFFFFFF, DCM_VR_TM, 0, "TimeOfLastCalibration", "1-n", "Time of Last Calibration" },
    { 0x00181202, 0xFFFFFFFF, DCM_VR_DT, 0, "DateTimeOfLastCalibration", "1", "DateTime of Last Calibration" },
    { 0x00181203, 0xFFFFFFFF, DCM_VR_DT, 0, "CalibrationDateTime", "1", "Calibration DateTime" },
    { 0x00181210, 0xFFFFFFFF, DCM_VR_SH, 0, "ConvolutionKernel", "1-n", "Convolution Kernel" },
    { 0x00181240, 0xFFFFFFFF, DCM_VR_IS, 1, "UpperLowerPixelValues", "1-n", "Upper/Lower Pixel Values" },
    { 0x00181242, 0xFFFFFFFF, DCM_VR_IS, 0, "ActualFrameDuration", "1", "Actual Frame Duration" },
    { 0x00181243, 0xFFFFFFFF, DCM_VR_IS, 0, "CountRate", "1", "Count Rate" },
    { 0x00181244, 0xFFFFFFFF, DCM_VR_US, 0, "PreferredPlaybackSequencing", "1", "Preferred Playback Sequencing" },
    { 0x00181250, 0xFFFFFFFF, DCM_VR_SH, 0, "ReceiveCoilName", "1", "Receive Coil Name" },
    { 0x00181251, 0xFFFFFFFF, DCM_VR_SH, 0, "TransmitCoilName", "1", "Transmit Coil Name" },
    { 0x00181260, 0xFFFFFFFF, DCM_VR_SH, 0, "PlateType", "1", "Plate Type" },
    { 0x00181261, 0xFFFFFFFF, DCM_VR_LO, 0, "PhosphorType", "1", "Phosphor Type" },
    { 0x00181271, 0xFFFFFFFF, DCM_VR_FD, 0, "WaterEquivalentDiameter", "1", "Water Equivalent Diameter" },
    { 0x00181272, 0xFFFFFFFF, DCM_VR_SQ, 0, "WaterEquivalentDiameterCalculationMethodCodeSequence", "1", "Water Equivalent Diameter Calculation Method Code Sequence" },
    { 0x00181300, 0xFFFFFFFF, DCM_VR_DS, 0, "ScanVelocity", "1", "Scan Velocity" },
    { 0x00181301, 0xFFFFFFFF, DCM_VR_CS, 0, "WholeBodyTechnique", "1-n", "Whole Body Technique" },
    { 0x00181302, 0xFFFFFFFF, DCM_VR_IS, 0, "ScanLength", "1", "Scan Length" },
    { 0x00181310, 0xFFFFFFFF, DCM_VR_US, 0, "AcquisitionMatrix", "4", "Acquisition Matrix" },
    { 0x00181312, 0xFFFFFFFF, DCM_VR_CS, 0, "InPlanePhaseEncodingDirection", "1", "In-plane Phase Encoding Direction" },
    { 0x00181314, 0xFFFFFFFF, DCM_VR_DS, 0, "FlipAngle", "1", "Flip Angle" },
    { 0x00181315, 0xFFFFFFFF, DCM_VR_CS, 0, "VariableFlipAngleFlag", "1", "Variable Flip Angle Flag" },
    { 0x00181316, 0xFFFFFFFF, DCM_VR_DS, 0, "SAR", "1", "SAR" },
    { 0x00181318, 0xFFFFFFFF, DCM_VR_DS, 0, "dBdt", "1", "dB/dt" },
    { 0x00181320, 0xFFFFFFFF, DCM_VR_FL, 0, "B1rms", "1", "B1rms" },
    { 0x00181400, 0xFFFFFFFF, DCM_VR_LO, 0, "AcquisitionDeviceProcessingDescription", "1", "Acquisition Device Processing Description" },
    { 0x00181401, 0xFFFFFFFF, DCM_VR_LO, 0, "AcquisitionDeviceProcessingCode", "1", "Acquisition Device Processing Code" },
    { 0x00181402, 0xFFFFFFFF, DCM_VR_CS, 0, "CassetteOrientation", "1", "Cassette Orientation" },
    { 0x00181403, 0xFFFFFFFF, DCM_VR_CS, 0, "CassetteSize", "1", "Cassette Size" },
    { 0x00181404, 0xFFFFFFFF, DCM_VR_US, 0, "ExposuresOnPlate", "1", "Exposures on Plate" },
    { 0x00181405, 0xFFFFFFFF, DCM_VR_IS, 0, "RelativeXRayExposure", "1", "Relative X-Ray Exposure" },
    { 0x00181411, 0xFFFFFFFF, DCM_VR_DS, 0, "ExposureIndex", "1", "Exposure Index" },
    { 0x00181412, 0xFFFFFFFF, DCM_VR_DS, 0, "TargetExposureIndex", "1", "Target Exposure Index" },
    { 0x00181413, 0xFFFFFFFF, DCM_VR_DS, 0, "DeviationIndex", "1", "Deviation Index" },
    { 0x00181450, 0xFFFFFFFF, DCM_VR_DS, 0, "ColumnAngulation", "1", "Column Angulation" },
    { 0x00181460, 0xFFFFFFFF, DCM_VR_DS, 0, "TomoLayerHeight", "1", "Tomo Layer Height" },
    { 0x00181470, 0xFFFFFFFF, DCM_VR_DS, 0, "TomoAngle", "1", "Tomo Angle" },
    { 0x00181480, 0xFFFFFFFF, DCM_VR_DS, 0, "TomoTime", "1", "Tomo Time" },
    { 0x00181490, 0xFFFFFFFF, DCM_VR_CS, 0, "TomoType", "1", "Tomo Type" },
    { 0x00181491, 0xFFFFFFFF, DCM_VR_CS, 0, "TomoClass", "1", "Tomo Class" },
    { 0x00181495, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfTomosynthesisSourceImages", "1", "Number of Tomosynthesis Source Images" },
    { 0x00181500, 0xFFFFFFFF, DCM_VR_CS, 0, "PositionerMotion", "1", "Positioner Motion" },
    { 0x00181508, 0xFFFFFFFF, DCM_VR_CS, 0, "PositionerType", "1", "Positioner Type" },
    { 0x00181510, 0xFFFFFFFF, DCM_VR_DS, 0, "PositionerPrimaryAngle", "1", "Positioner Primary Angle" },
    { 0x00181511, 0xFFFFFFFF, DCM_VR_DS, 0, "PositionerSecondaryAngle", "1", "Positioner Secondary Angle" },
    { 0x00181520, 0xFFFFFFFF, DCM_VR_DS, 0, "PositionerPrimaryAngleIncrement", "1-n", "Positioner Primary Angle Increment" },
    { 0x00181521, 0xFFFFFFFF, DCM_VR_DS, 0, "PositionerSecondaryAngleIncrement", "1-n", "Positioner Secondary Angle Increment" },
    { 0x00181530, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorPrimaryAngle", "1", "Detector Primary Angle" },
    { 0x00181531, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorSecondaryAngle", "1", "Detector Secondary Angle" },
    { 0x00181600, 0xFFFFFFFF, DCM_VR_CS, 0, "ShutterShape", "1-3", "Shutter Shape" },
    { 0x00181602, 0xFFFFFFFF, DCM_VR_IS, 0, "ShutterLeftVerticalEdge", "1", "Shutter Left Vertical Edge" },
    { 0x00181604, 0xFFFFFFFF, DCM_VR_IS, 0, "ShutterRightVerticalEdge", "1", "Shutter Right Vertical Edge" },
    { 0x00181606, 0xFFFFFFFF, DCM_VR_IS, 0, "ShutterUpperHorizontalEdge", "1", "Shutter Upper Horizontal Edge" },
    { 0x00181608, 0xFFFFFFFF, DCM_VR_IS, 0, "ShutterLowerHorizontalEdge", "1", "Shutter Lower Horizontal Edge" },
    { 0x00181610, 0xFFFFFFFF, DCM_VR_IS, 0, "CenterOfCircularShutter", "2", "Center of Circular Shutter" },
    { 0x00181612, 0xFFFFFFFF, DCM_VR_IS, 0, "RadiusOfCircularShutter", "1", "Radius of Circular Shutter" },
    { 0x00181620, 0xFFFFFFFF, DCM_VR_IS, 0, "VerticesOfThePolygonalShutter", "2-2n", "Vertices of the Polygonal Shutter" },
    { 0x00181622, 0xFFFFFFFF, DCM_VR_US, 0, "ShutterPresentationValue", "1", "Shutter Presentation Value" },
    { 0x00181623, 0xFFFFFFFF, DCM_VR_US, 0, "ShutterOverlayGroup", "1", "Shutter Overlay Group" },
    { 0x00181624, 0xFFFFFFFF, DCM_VR_US, 0, "ShutterPresentationColorCIELabValue", "3", "Shutter Presentation Color CIELab Value" },
    { 0x00181630, 0xFFFFFFFF, DCM_VR_CS, 0, "OutlineShapeType", "1", "Outline Shape Type" },
    { 0x00181631, 0xFFFFFFFF, DCM_VR_FD, 0, "OutlineLeftVerticalEdge", "1", "Outline Left Vertical Edge" },
    { 0x00181632, 0xFFFFFFFF, DCM_VR_FD, 0, "OutlineRightVerticalEdge", "1", "Outline Right Vertical Edge" },
    { 0x00181633, 0xFFFFFFFF, DCM_VR_FD, 0, "OutlineUpperHorizontalEdge", "1", "Outline Upper Horizontal Edge" },
    { 0x00181634, 0xFFFFFFFF, DCM_VR_FD, 0, "OutlineLowerHorizontalEdge", "1", "Outline Lower Horizontal Edge" },
    { 0x00181635, 0xFFFFFFFF, DCM_VR_FD, 0, "CenterOfCircularOutline", "2", "Center of Circular Outline" },
    { 0x00181636, 0xFFFFFFFF, DCM_VR_FD, 0, "DiameterOfCircularOutline", "1", "Diameter of Circular Outline" },
    { 0x00181637, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfPolygonalVertices", "1", "Number of Polygonal Vertices" },
    { 0x00181638, 0xFFFFFFFF, DCM_VR_OF, 0, "VerticesOfThePolygonalOutline", "1", "Vertices of the Polygonal Outline" },
    { 0x00181700, 0xFFFFFFFF, DCM_VR_CS, 0, "CollimatorShape", "1-3", "Collimator Shape" },
    { 0x00181702, 0xFFFFFFFF, DCM_VR_IS, 0, "CollimatorLeftVerticalEdge", "1", "Collimator Left Vertical Edge" },
    { 0x00181704, 0xFFFFFFFF, DCM_VR_IS, 0, "CollimatorRightVerticalEdge", "1", "Collimator Right Vertical Edge" },
    { 0x00181706, 0xFFFFFFFF, DCM_VR_IS, 0, "CollimatorUpperHorizontalEdge", "1", "Collimator Upper Horizontal Edge" },
    { 0x00181708, 0xFFFFFFFF, DCM_VR_IS, 0, "CollimatorLowerHorizontalEdge", "1", "Collimator Lower Horizontal Edge" },
    { 0x00181710, 0xFFFFFFFF, DCM_VR_IS, 0, "CenterOfCircularCollimator", "2", "Center of Circular Collimator" },
    { 0x00181712, 0xFFFFFFFF, DCM_VR_IS, 0, "RadiusOfCircularCollimator", "1", "Radius of Circular Collimator" },
    { 0x00181720, 0xFFFFFFFF, DCM_VR_IS, 0, "VerticesOfThePolygonalCollimator", "2-2n", "Vertices of the Polygonal Collimator" },
    { 0x00181800, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionTimeSynchronized", "1", "Acquisition Time Synchronized" },
    { 0x00181801, 0xFFFFFFFF, DCM_VR_SH, 0, "TimeSource", "1", "Time Source" },
    { 0x00181802, 0xFFFFFFFF, DCM_VR_CS, 0, "TimeDistributionProtocol", "1", "Time Distribution Protocol" },
    { 0x00181803, 0xFFFFFFFF, DCM_VR_LO, 0, "NTPSourceAddress", "1", "NTP Source Address" },
    { 0x00182001, 0xFFFFFFFF, DCM_VR_IS, 0, "PageNumberVector", "1-n", "Page Number Vector" },
    { 0x00182002, 0xFFFFFFFF, DCM_VR_SH, 0, "FrameLabelVector", "1-n", "Frame Label Vector" },
    { 0x00182003, 0xFFFFFFFF, DCM_VR_DS, 0, "FramePrimaryAngleVector", "1-n", "Frame Primary Angle Vector" },
    { 0x00182004, 0xFFFFFFFF, DCM_VR_DS, 0, "FrameSecondaryAngleVector", "1-n", "Frame Secondary Angle Vector" },
    { 0x00182005, 0xFFFFFFFF, DCM_VR_DS, 0, "SliceLocationVector", "1-n", "Slice Location Vector" },
    { 0x00182006, 0xFFFFFFFF, DCM_VR_SH, 0, "DisplayWindowLabelVector", "1-n", "Display Window Label Vector" },
    { 0x00182010, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalScannedPixelSpacing", "2", "Nominal Scanned Pixel Spacing" },
    { 0x00182020, 0xFFFFFFFF, DCM_VR_CS, 0, "DigitizingDeviceTransportDirection", "1", "Digitizing Device Transport Direction" },
    { 0x00182030, 0xFFFFFFFF, DCM_VR_DS, 0, "RotationOfScannedFilm", "1", "Rotation of Scanned Film" },
    { 0x00182041, 0xFFFFFFFF, DCM_VR_SQ, 0, "BiopsyTargetSequence", "1", "Biopsy Target Sequence" },
    { 0x00182042, 0xFFFFFFFF, DCM_VR_UI, 0, "TargetUID", "1", "Target UID" },
    { 0x00182043, 0xFFFFFFFF, DCM_VR_FL, 0, "LocalizingCursorPosition", "2", "Localizing Cursor Position" },
    { 0x00182044, 0xFFFFFFFF, DCM_VR_FL, 0, "CalculatedTargetPosition", "3", "Calculated Target Position" },
    { 0x00182045, 0xFFFFFFFF, DCM_VR_SH, 0, "TargetLabel", "1", "Target Label" },
    { 0x00182046, 0xFFFFFFFF, DCM_VR_FL, 0, "DisplayedZValue", "1", "Displayed Z Value" },
    { 0x00183100, 0xFFFFFFFF, DCM_VR_CS, 0, "IVUSAcquisition", "1", "IVUS Acquisition" },
    { 0x00183101, 0xFFFFFFFF, DCM_VR_DS, 0, "IVUSPullbackRate", "1", "IVUS Pullback Rate" },
    { 0x00183102, 0xFFFFFFFF, DCM_VR_DS, 0, "IVUSGatedRate", "1", "IVUS Gated Rate" },
    { 0x00183103, 0xFFFFFFFF, DCM_VR_IS, 0, "IVUSPullbackStartFrameNumber", "1", "IVUS Pullback Start Frame Number" },
    { 0x00183104, 0xFFFFFFFF, DCM_VR_IS, 0, "IVUSPullbackStopFrameNumber", "1", "IVUS Pullback Stop Frame Number" },
    { 0x00183105, 0xFFFFFFFF, DCM_VR_IS, 0, "LesionNumber", "1-n", "Lesion Number" },
    { 0x00184000, 0xFFFFFFFF, DCM_VR_LT, 1, "AcquisitionComments", "1", "Acquisition Comments" },
    { 0x00185000, 0xFFFFFFFF, DCM_VR_SH, 0, "OutputPower", "1-n", "Output Power" },
    { 0x00185010, 0xFFFFFFFF, DCM_VR_LO, 0, "TransducerData", "1-n", "Transducer Data" },
    { 0x00185011, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransducerIdentificationSequence", "1", "Transducer Identification Sequence" },
    { 0x00185012, 0xFFFFFFFF, DCM_VR_DS, 0, "FocusDepth", "1", "Focus Depth" },
    { 0x00185020, 0xFFFFFFFF, DCM_VR_LO, 0, "ProcessingFunction", "1", "Processing Function" },
    { 0x00185021, 0xFFFFFFFF, DCM_VR_LO, 1, "PostprocessingFunction", "1", "Postprocessing Function" },
    { 0x00185022, 0xFFFFFFFF, DCM_VR_DS, 0, "MechanicalIndex", "1", "Mechanical Index" },
    { 0x00185024, 0xFFFFFFFF, DCM_VR_DS, 0, "BoneThermalIndex", "1", "Bone Thermal Index" },
    { 0x00185026, 0xFFFFFFFF, DCM_VR_DS, 0, "CranialThermalIndex", "1", "Cranial Thermal Index" },
    { 0x00185027, 0xFFFFFFFF, DCM_VR_DS, 0, "SoftTissueThermalIndex", "1", "Soft Tissue Thermal Index" },
    { 0x00185028, 0xFFFFFFFF, DCM_VR_DS, 0, "SoftTissueFocusThermalIndex", "1", "Soft Tissue-focus Thermal Index" },
    { 0x00185029, 0xFFFFFFFF, DCM_VR_DS, 0, "SoftTissueSurfaceThermalIndex", "1", "Soft Tissue-surface Thermal Index" },
    { 0x00185030, 0xFFFFFFFF, DCM_VR_DS, 1, "DynamicRange", "1", "Dynamic Range" },
    { 0x00185040, 0xFFFFFFFF, DCM_VR_DS, 1, "TotalGain", "1", "Total Gain" },
    { 0x00185050, 0xFFFFFFFF, DCM_VR_IS, 0, "DepthOfScanField", "1", "Depth of Scan Field" },
    { 0x00185100, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientPosition", "1", "Patient Position" },
    { 0x00185101, 0xFFFFFFFF, DCM_VR_CS, 0, "ViewPosition", "1", "View Position" },
    { 0x00185104, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProjectionEponymousNameCodeSequence", "1", "Projection Eponymous Name Code Sequence" },
    { 0x00185210, 0xFFFFFFFF, DCM_VR_DS, 1, "ImageTransformationMatrix", "6", "Image Transformation Matrix" },
    { 0x00185212, 0xFFFFFFFF, DCM_VR_DS, 1, "ImageTranslationVector", "3", "Image Translation Vector" },
    { 0x00186000, 0xFFFFFFFF, DCM_VR_DS, 0, "Sensitivity", "1", "Sensitivity" },
    { 0x00186011, 0xFFFFFFFF, DCM_VR_SQ, 0, "SequenceOfUltrasoundRegions", "1", "Sequence of Ultrasound Regions" },
    { 0x00186012, 0xFFFFFFFF, DCM_VR_US, 0, "RegionSpatialFormat", "1", "Region Spatial Format" },
    { 0x00186014, 0xFFFFFFFF, DCM_VR_US, 0, "RegionDataType", "1", "Region Data Type" },
    { 0x00186016, 0xFFFFFFFF, DCM_VR_UL, 0, "RegionFlags", "1", "Region Flags" },
    { 0x00186018, 0xFFFFFFFF, DCM_VR_UL, 0, "RegionLocationMinX0", "1", "Region Location Min X0" },
    { 0x0018601A, 0xFFFFFFFF, DCM_VR_UL, 0, "RegionLocationMinY0", "1", "Region Location Min Y0" },
    { 0x0018601C, 0xFFFFFFFF, DCM_VR_UL, 0, "RegionLocationMaxX1", "1", "Region Location Max X1" },
    { 0x0018601E, 0xFFFFFFFF, DCM_VR_UL, 0, "RegionLocationMaxY1", "1", "Region Location Max Y1" },
    { 0x00186020, 0xFFFFFFFF, DCM_VR_SL, 0, "ReferencePixelX0", "1", "Reference Pixel X0" },
    { 0x00186022, 0xFFFFFFFF, DCM_VR_SL, 0, "ReferencePixelY0", "1", "Reference Pixel Y0" },
    { 0x00186024, 0xFFFFFFFF, DCM_VR_US, 0, "PhysicalUnitsXDirection", "1", "Physical Units X Direction" },
    { 0x00186026, 0xFFFFFFFF, DCM_VR_US, 0, "PhysicalUnitsYDirection", "1", "Physical Units Y Direction" },
    { 0x00186028, 0xFFFFFFFF, DCM_VR_FD, 0, "ReferencePixelPhysicalValueX", "1", "Reference Pixel Physical Value X" },
    { 0x0018602A, 0xFFFFFFFF, DCM_VR_FD, 0, "ReferencePixelPhysicalValueY", "1", "Reference Pixel Physical Value Y" },
    { 0x0018602C, 0xFFFFFFFF, DCM_VR_FD, 0, "PhysicalDeltaX", "1", "Physical Delta X" },
    { 0x0018602E, 0xFFFFFFFF, DCM_VR_FD, 0, "PhysicalDeltaY", "1", "Physical Delta Y" },
    { 0x00186030, 0xFFFFFFFF, DCM_VR_UL, 0, "TransducerFrequency", "1", "Transducer Frequency" },
    { 0x00186031, 0xFFFFFFFF, DCM_VR_CS, 0, "TransducerType", "1", "Transducer Type" },
    { 0x00186032, 0xFFFFFFFF, DCM_VR_UL, 0, "PulseRepetitionFrequency", "1", "Pulse Repetition Frequency" },
    { 0x00186034, 0xFFFFFFFF, DCM_VR_FD, 0, "DopplerCorrectionAngle", "1", "Doppler Correction Angle" },
    { 0x00186036, 0xFFFFFFFF, DCM_VR_FD, 0, "SteeringAngle", "1", "Steering Angle" },
    { 0x00186038, 0xFFFFFFFF, DCM_VR_UL, 1, "DopplerSampleVolumeXPositionRetired", "1", "Doppler Sample Volume X Position (Retired)" },
    { 0x00186039, 0xFFFFFFFF, DCM_VR_SL, 0, "DopplerSampleVolumeXPosition", "1", "Doppler Sample Volume X Position" },
    { 0x0018603A, 0xFFFFFFFF, DCM_VR_UL, 1, "DopplerSampleVolumeYPositionRetired", "1", "Doppler Sample Volume Y Position (Retired)" },
    { 0x0018603B, 0xFFFFFFFF, DCM_VR_SL, 0, "DopplerSampleVolumeYPosition", "1", "Doppler Sample Volume Y Position" },
    { 0x0018603C, 0xFFFFFFFF, DCM_VR_UL, 1, "TMLinePositionX0Retired", "1", "TM-Line Position X0 (Retired)" },
    { 0x0018603D, 0xFFFFFFFF, DCM_VR_SL, 0, "TMLinePositionX0", "1", "TM-Line Position X0" },
    { 0x0018603E, 0xFFFFFFFF, DCM_VR_UL, 1, "TMLinePositionY0Retired", "1", "TM-Line Position Y0 (Retired)" },
    { 0x0018603F, 0xFFFFFFFF, DCM_VR_SL, 0, "TMLinePositionY0", "1", "TM-Line Position Y0" },
    { 0x00186040, 0xFFFFFFFF, DCM_VR_UL, 1, "TMLinePositionX1Retired", "1", "TM-Line Position X1 (Retired)" },
    { 0x00186041, 0xFFFFFFFF, DCM_VR_SL, 0, "TMLinePositionX1", "1", "TM-Line Position X1" },
    { 0x00186042, 0xFFFFFFFF, DCM_VR_UL, 1, "TMLinePositionY1Retired", "1", "TM-Line Position Y1 (Retired)" },
    { 0x00186043, 0xFFFFFFFF, DCM_VR_SL, 0, "TMLinePositionY1", "1", "TM-Line Position Y1" },
    { 0x00186044, 0xFFFFFFFF, DCM_VR_US, 0, "PixelComponentOrganization", "1", "Pixel Component Organization" },
    { 0x00186046, 0xFFFFFFFF, DCM_VR_UL, 0, "PixelComponentMask", "1", "Pixel Component Mask" },
    { 0x00186048, 0xFFFFFFFF, DCM_VR_UL, 0, "PixelComponentRangeStart", "1", "Pixel Component Range Start" },
    { 0x0018604A, 0xFFFFFFFF, DCM_VR_UL, 0, "PixelComponentRangeStop", "1", "Pixel Component Range Stop" },
    { 0x0018604C, 0xFFFFFFFF, DCM_VR_US, 0, "PixelComponentPhysicalUnits", "1", "Pixel Component Physical Units" },
    { 0x0018604E, 0xFFFFFFFF, DCM_VR_US, 0, "PixelComponentDataType", "1", "Pixel Component Data Type" },
    { 0x00186050, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfTableBreakPoints", "1", "Number of Table Break Points" },
    { 0x00186052, 0xFFFFFFFF, DCM_VR_UL, 0, "TableOfXBreakPoints", "1-n", "Table of X Break Points" },
    { 0x00186054, 0xFFFFFFFF, DCM_VR_FD, 0, "TableOfYBreakPoints", "1-n", "Table of Y Break Points" },
    { 0x00186056, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfTableEntries", "1", "Number of Table Entries" },
    { 0x00186058, 0xFFFFFFFF, DCM_VR_UL, 0, "TableOfPixelValues", "1-n", "Table of Pixel Values" },
    { 0x0018605A, 0xFFFFFFFF, DCM_VR_FL, 0, "TableOfParameterValues", "1-n", "Table of Parameter Values" },
    { 0x00186060, 0xFFFFFFFF, DCM_VR_FL, 0, "RWaveTimeVector", "1-n", "R Wave Time Vector" },
    { 0x00186070, 0xFFFFFFFF, DCM_VR_US, 0, "ActiveImageAreaOverlayGroup", "1", "Active Image Area Overlay Group" },
    { 0x00187000, 0xFFFFFFFF, DCM_VR_CS, 0, "DetectorConditionsNominalFlag", "1", "Detector Conditions Nominal Flag" },
    { 0x00187001, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorTemperature", "1", "Detector Temperature" },
    { 0x00187004, 0xFFFFFFFF, DCM_VR_CS, 0, "DetectorType", "1", "Detector Type" },
    { 0x00187005, 0xFFFFFFFF, DCM_VR_CS, 0, "DetectorConfiguration", "1", "Detector Configuration" },
    { 0x00187006, 0xFFFFFFFF, DCM_VR_LT, 0, "DetectorDescription", "1", "Detector Description" },
    { 0x00187008, 0xFFFFFFFF, DCM_VR_LT, 0, "DetectorMode", "1", "Detector Mode" },
    { 0x0018700A, 0xFFFFFFFF, DCM_VR_SH, 0, "DetectorID", "1", "Detector ID" },
    { 0x0018700C, 0xFFFFFFFF, DCM_VR_DA, 0, "DateOfLastDetectorCalibration", "1", "Date of Last Detector Calibration" },
    { 0x0018700E, 0xFFFFFFFF, DCM_VR_TM, 0, "TimeOfLastDetectorCalibration", "1", "Time of Last Detector Calibration" },
    { 0x00187010, 0xFFFFFFFF, DCM_VR_IS, 0, "ExposuresOnDetectorSinceLastCalibration", "1", "Exposures on Detector Since Last Calibration" },
    { 0x00187011, 0xFFFFFFFF, DCM_VR_IS, 0, "ExposuresOnDetectorSinceManufactured", "1", "Exposures on Detector Since Manufactured" },
    { 0x00187012, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorTimeSinceLastExposure", "1", "Detector Time Since Last Exposure" },
    { 0x00187014, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorActiveTime", "1", "Detector Active Time" },
    { 0x00187016, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorActivationOffsetFromExposure", "1", "Detector Activation Offset From Exposure" },
    { 0x0018701A, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorBinning", "2", "Detector Binning" },
    { 0x00187020, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorElementPhysicalSize", "2", "Detector Element Physical Size" },
    { 0x00187022, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorElementSpacing", "2", "Detector Element Spacing" },
    { 0x00187024, 0xFFFFFFFF, DCM_VR_CS, 0, "DetectorActiveShape", "1", "Detector Active Shape" },
    { 0x00187026, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorActiveDimensions", "1-2", "Detector Active Dimension(s)" },
    { 0x00187028, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorActiveOrigin", "2", "Detector Active Origin" },
    { 0x0018702A, 0xFFFFFFFF, DCM_VR_LO, 0, "DetectorManufacturerName", "1", "Detector Manufacturer Name" },
    { 0x0018702B, 0xFFFFFFFF, DCM_VR_LO, 0, "DetectorManufacturerModelName", "1", "Detector Manufacturer's Model Name" },
    { 0x00187030, 0xFFFFFFFF, DCM_VR_DS, 0, "FieldOfViewOrigin", "2", "Field of View Origin" },
    { 0x00187032, 0xFFFFFFFF, DCM_VR_DS, 0, "FieldOfViewRotation", "1", "Field of View Rotation" },
    { 0x00187034, 0xFFFFFFFF, DCM_VR_CS, 0, "FieldOfViewHorizontalFlip", "1", "Field of View Horizontal Flip" },
    { 0x00187036, 0xFFFFFFFF, DCM_VR_FL, 0, "PixelDataAreaOriginRelativeToFOV", "2", "Pixel Data Area Origin Relative To FOV" },
    { 0x00187038, 0xFFFFFFFF, DCM_VR_FL, 0, "PixelDataAreaRotationAngleRelativeToFOV", "1", "Pixel Data Area Rotation Angle Relative To FOV" },
    { 0x00187040, 0xFFFFFFFF, DCM_VR_LT, 0, "GridAbsorbingMaterial", "1", "Grid Absorbing Material" },
    { 0x00187041, 0xFFFFFFFF, DCM_VR_LT, 0, "GridSpacingMaterial", "1", "Grid Spacing Material" },
    { 0x00187042, 0xFFFFFFFF, DCM_VR_DS, 0, "GridThickness", "1", "Grid Thickness" },
    { 0x00187044, 0xFFFFFFFF, DCM_VR_DS, 0, "GridPitch", "1", "Grid Pitch" },
    { 0x00187046, 0xFFFFFFFF, DCM_VR_IS, 0, "GridAspectRatio", "2", "Grid Aspect Ratio" },
    { 0x00187048, 0xFFFFFFFF, DCM_VR_DS, 0, "GridPeriod", "1", "Grid Period" },
    { 0x0018704C, 0xFFFFFFFF, DCM_VR_DS, 0, "GridFocalDistance", "1", "Grid Focal Distance" },
    { 0x00187050, 0xFFFFFFFF, DCM_VR_CS, 0, "FilterMaterial", "1-n", "Filter Material" },
    { 0x00187052, 0xFFFFFFFF, DCM_VR_DS, 0, "FilterThicknessMinimum", "1-n", "Filter Thickness Minimum" },
    { 0x00187054, 0xFFFFFFFF, DCM_VR_DS, 0, "FilterThicknessMaximum", "1-n", "Filter Thickness Maximum" },
    { 0x00187056, 0xFFFFFFFF, DCM_VR_FL, 0, "FilterBeamPathLengthMinimum", "1-n", "Filter Beam Path Length Minimum" },
    { 0x00187058, 0xFFFFFFFF, DCM_VR_FL, 0, "FilterBeamPathLengthMaximum", "1-n", "Filter Beam Path Length Maximum" },
    { 0x00187060, 0xFFFFFFFF, DCM_VR_CS, 0, "ExposureControlMode", "1", "Exposure Control Mode" },
    { 0x00187062, 0xFFFFFFFF, DCM_VR_LT, 0, "ExposureControlModeDescription", "1", "Exposure Control Mode Description" },
    { 0x00187064, 0xFFFFFFFF, DCM_VR_CS, 0, "ExposureStatus", "1", "Exposure Status" },
    { 0x00187065, 0xFFFFFFFF, DCM_VR_DS, 0, "PhototimerSetting", "1", "Phototimer Setting" },
    { 0x00188150, 0xFFFFFFFF, DCM_VR_DS, 0, "ExposureTimeInuS", "1", "Exposure Time in uS" },
    { 0x00188151, 0xFFFFFFFF, DCM_VR_DS, 0, "XRayTubeCurrentInuA", "1", "X-Ray Tube Current in uA" },
    { 0x00189004, 0xFFFFFFFF, DCM_VR_CS, 0, "ContentQualification", "1", "Content Qualification" },
    { 0x00189005, 0xFFFFFFFF, DCM_VR_SH, 0, "PulseSequenceName", "1", "Pulse Sequence Name" },
    { 0x00189006, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRImagingModifierSequence", "1", "MR Imaging Modifier Sequence" },
    { 0x00189008, 0xFFFFFFFF, DCM_VR_CS, 0, "EchoPulseSequence", "1", "Echo Pulse Sequence" },
    { 0x00189009, 0xFFFFFFFF, DCM_VR_CS, 0, "InversionRecovery", "1", "Inversion Recovery" },
    { 0x00189010, 0xFFFFFFFF, DCM_VR_CS, 0, "FlowCompensation", "1", "Flow Compensation" },
    { 0x00189011, 0xFFFFFFFF, DCM_VR_CS, 0, "MultipleSpinEcho", "1", "Multiple Spin Echo" },
    { 0x00189012, 0xFFFFFFFF, DCM_VR_CS, 0, "MultiPlanarExcitation", "1", "Multi-planar Excitation" },
    { 0x00189014, 0xFFFFFFFF, DCM_VR_CS, 0, "PhaseContrast", "1", "Phase Contrast" },
    { 0x00189015, 0xFFFFFFFF, DCM_VR_CS, 0, "TimeOfFlightContrast", "1", "Time of Flight Contrast" },
    { 0x00189016, 0xFFFFFFFF, DCM_VR_CS, 0, "Spoiling", "1", "Spoiling" },
    { 0x00189017, 0xFFFFFFFF, DCM_VR_CS, 0, "SteadyStatePulseSequence", "1", "Steady State Pulse Sequence" },
    { 0x00189018, 0xFFFFFFFF, DCM_VR_CS, 0, "EchoPlanarPulseSequence", "1", "Echo Planar Pulse Sequence" },
    { 0x00189019, 0xFFFFFFFF, DCM_VR_FD, 0, "TagAngleFirstAxis", "1", "Tag Angle First Axis" },
    { 0x00189020, 0xFFFFFFFF, DCM_VR_CS, 0, "MagnetizationTransfer", "1", "Magnetization Transfer" },
    { 0x00189021, 0xFFFFFFFF, DCM_VR_CS, 0, "T2Preparation", "1", "T2 Preparation" },
    { 0x00189022, 0xFFFFFFFF, DCM_VR_CS, 0, "BloodSignalNulling", "1", "Blood Signal Nulling" },
    { 0x00189024, 0xFFFFFFFF, DCM_VR_CS, 0, "SaturationRecovery", "1", "Saturation Recovery" },
    { 0x00189025, 0xFFFFFFFF, DCM_VR_CS, 0, "SpectrallySelectedSuppression", "1", "Spectrally Selected Suppression" },
    { 0x00189026, 0xFFFFFFFF, DCM_VR_CS, 0, "SpectrallySelectedExcitation", "1", "Spectrally Selected Excitation" },
    { 0x00189027, 0xFFFFFFFF, DCM_VR_CS, 0, "SpatialPresaturation", "1", "Spatial Pre-saturation" },
    { 0x00189028, 0xFFFFFFFF, DCM_VR_CS, 0, "Tagging", "1", "Tagging" },
    { 0x00189029, 0xFFFFFFFF, DCM_VR_CS, 0, "OversamplingPhase", "1", "Oversampling Phase" },
    { 0x00189030, 0xFFFFFFFF, DCM_VR_FD, 0, "TagSpacingFirstDimension", "1", "Tag Spacing First Dimension" },
    { 0x00189032, 0xFFFFFFFF, DCM_VR_CS, 0, "GeometryOfKSpaceTraversal", "1", "Geometry of k-Space Traversal" },
    { 0x00189033, 0xFFFFFFFF, DCM_VR_CS, 0, "SegmentedKSpaceTraversal", "1", "Segmented k-Space Traversal" },
    { 0x00189034, 0xFFFFFFFF, DCM_VR_CS, 0, "RectilinearPhaseEncodeReordering", "1", "Rectilinear Phase Encode Reordering" },
    { 0x00189035, 0xFFFFFFFF, DCM_VR_FD, 0, "TagThickness", "1", "Tag Thickness" },
    { 0x00189036, 0xFFFFFFFF, DCM_VR_CS, 0, "PartialFourierDirection", "1", "Partial Fourier Direction" },
    { 0x00189037, 0xFFFFFFFF, DCM_VR_CS, 0, "CardiacSynchronizationTechnique", "1", "Cardiac Synchronization Technique" },
    { 0x00189041, 0xFFFFFFFF, DCM_VR_LO, 0, "ReceiveCoilManufacturerName", "1", "Receive Coil Manufacturer Name" },
    { 0x00189042, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRReceiveCoilSequence", "1", "MR Receive Coil Sequence" },
    { 0x00189043, 0xFFFFFFFF, DCM_VR_CS, 0, "ReceiveCoilType", "1", "Receive Coil Type" },
    { 0x00189044, 0xFFFFFFFF, DCM_VR_CS, 0, "QuadratureReceiveCoil", "1", "Quadrature Receive Coil" },
    { 0x00189045, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultiCoilDefinitionSequence", "1", "Multi-Coil Definition Sequence" },
    { 0x00189046, 0xFFFFFFFF, DCM_VR_LO, 0, "MultiCoilConfiguration", "1", "Multi-Coil Configuration" },
    { 0x00189047, 0xFFFFFFFF, DCM_VR_SH, 0, "MultiCoilElementName", "1", "Multi-Coil Element Name" },
    { 0x00189048, 0xFFFFFFFF, DCM_VR_CS, 0, "MultiCoilElementUsed", "1", "Multi-Coil Element Used" },
    { 0x00189049, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRTransmitCoilSequence", "1", "MR Transmit Coil Sequence" },
    { 0x00189050, 0xFFFFFFFF, DCM_VR_LO, 0, "TransmitCoilManufacturerName", "1", "Transmit Coil Manufacturer Name" },
    { 0x00189051, 0xFFFFFFFF, DCM_VR_CS, 0, "TransmitCoilType", "1", "Transmit Coil Type" },
    { 0x00189052, 0xFFFFFFFF, DCM_VR_FD, 0, "SpectralWidth", "1-2", "Spectral Width" },
    { 0x00189053, 0xFFFFFFFF, DCM_VR_FD, 0, "ChemicalShiftReference", "1-2", "Chemical Shift Reference" },
    { 0x00189054, 0xFFFFFFFF, DCM_VR_CS, 0, "VolumeLocalizationTechnique", "1", "Volume Localization Technique" },
    { 0x00189058, 0xFFFFFFFF, DCM_VR_US, 0, "MRAcquisitionFrequencyEncodingSteps", "1", "MR Acquisition Frequency Encoding Steps" },
    { 0x00189059, 0xFFFFFFFF, DCM_VR_CS, 0, "Decoupling", "1", "De-coupling" },
    { 0x00189060, 0xFFFFFFFF, DCM_VR_CS, 0, "DecoupledNucleus", "1-2", "De-coupled Nucleus" },
    { 0x00189061, 0xFFFFFFFF, DCM_VR_FD, 0, "DecouplingFrequency", "1-2", "De-coupling Frequency" },
    { 0x00189062, 0xFFFFFFFF, DCM_VR_CS, 0, "DecouplingMethod", "1", "De-coupling Method" },
    { 0x00189063, 0xFFFFFFFF, DCM_VR_FD, 0, "DecouplingChemicalShiftReference", "1-2", "De-coupling Chemical Shift Reference" },
    { 0x00189064, 0xFFFFFFFF, DCM_VR_CS, 0, "KSpaceFiltering", "1", "k-space Filtering" },
    { 0x00189065, 0xFFFFFFFF, DCM_VR_CS, 0, "TimeDomainFiltering", "1-2", "Time Domain Filtering" },
    { 0x00189066, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfZeroFills", "1-2", "Number of Zero Fills" },
    { 0x00189067, 0xFFFFFFFF, DCM_VR_CS, 0, "BaselineCorrection", "1", "Baseline Correction" },
    { 0x00189069, 0xFFFFFFFF, DCM_VR_FD, 0, "ParallelReductionFactorInPlane", "1", "Parallel Reduction Factor In-plane" },
    { 0x00189070, 0xFFFFFFFF, DCM_VR_FD, 0, "CardiacRRIntervalSpecified", "1", "Cardiac R-R Interval Specified" },
    { 0x00189073, 0xFFFFFFFF, DCM_VR_FD, 0, "AcquisitionDuration", "1", "Acquisition Duration" },
    { 0x00189074, 0xFFFFFFFF, DCM_VR_DT, 0, "FrameAcquisitionDateTime", "1", "Frame Acquisition DateTime" },
    { 0x00189075, 0xFFFFFFFF, DCM_VR_CS, 0, "DiffusionDirectionality", "1", "Diffusion Directionality" },
    { 0x00189076, 0xFFFFFFFF, DCM_VR_SQ, 0, "DiffusionGradientDirectionSequence", "1", "Diffusion Gradient Direction Sequence" },
    { 0x00189077, 0xFFFFFFFF, DCM_VR_CS, 0, "ParallelAcquisition", "1", "Parallel Acquisition" },
    { 0x00189078, 0xFFFFFFFF, DCM_VR_CS, 0, "ParallelAcquisitionTechnique", "1", "Parallel Acquisition Technique" },
    { 0x00189079, 0xFFFFFFFF, DCM_VR_FD, 0, "InversionTimes", "1-n", "Inversion Times" },
    { 0x00189080, 0xFFFFFFFF, DCM_VR_ST, 0, "MetaboliteMapDescription", "1", "Metabolite Map Description" },
    { 0x00189081, 0xFFFFFFFF, DCM_VR_CS, 0, "PartialFourier", "1", "Partial Fourier" },
    { 0x00189082, 0xFFFFFFFF, DCM_VR_FD, 0, "EffectiveEchoTime", "1", "Effective Echo Time" },
    { 0x00189083, 0xFFFFFFFF, DCM_VR_SQ, 0, "MetaboliteMapCodeSequence", "1", "Metabolite Map Code Sequence" },
    { 0x00189084, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChemicalShiftSequence", "1", "Chemical Shift Sequence" },
    { 0x00189085, 0xFFFFFFFF, DCM_VR_CS, 0, "CardiacSignalSource", "1", "Cardiac Signal Source" },
    { 0x00189087, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionBValue", "1", "Diffusion b-value" },
    { 0x00189089, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionGradientOrientation", "3", "Diffusion Gradient Orientation" },
    { 0x00189090, 0xFFFFFFFF, DCM_VR_FD, 0, "VelocityEncodingDirection", "3", "Velocity Encoding Direction" },
    { 0x00189091, 0xFFFFFFFF, DCM_VR_FD, 0, "VelocityEncodingMinimumValue", "1", "Velocity Encoding Minimum Value" },
    { 0x00189092, 0xFFFFFFFF, DCM_VR_SQ, 0, "VelocityEncodingAcquisitionSequence", "1", "Velocity Encoding Acquisition Sequence" },
    { 0x00189093, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfKSpaceTrajectories", "1", "Number of k-Space Trajectories" },
    { 0x00189094, 0xFFFFFFFF, DCM_VR_CS, 0, "CoverageOfKSpace", "1", "Coverage of k-Space" },
    { 0x00189095, 0xFFFFFFFF, DCM_VR_UL, 0, "SpectroscopyAcquisitionPhaseRows", "1", "Spectroscopy Acquisition Phase Rows" },
    { 0x00189096, 0xFFFFFFFF, DCM_VR_FD, 1, "ParallelReductionFactorInPlaneRetired", "1", "Parallel Reduction Factor In-plane (Retired)" },
    { 0x00189098, 0xFFFFFFFF, DCM_VR_FD, 0, "TransmitterFrequency", "1-2", "Transmitter Frequency" },
    { 0x00189100, 0xFFFFFFFF, DCM_VR_CS, 0, "ResonantNucleus", "1-2", "Resonant Nucleus" },
    { 0x00189101, 0xFFFFFFFF, DCM_VR_CS, 0, "FrequencyCorrection", "1", "Frequency Correction" },
    { 0x00189103, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRSpectroscopyFOVGeometrySequence", "1", "MR Spectroscopy FOV/Geometry Sequence" },
    { 0x00189104, 0xFFFFFFFF, DCM_VR_FD, 0, "SlabThickness", "1", "Slab Thickness" },
    { 0x00189105, 0xFFFFFFFF, DCM_VR_FD, 0, "SlabOrientation", "3", "Slab Orientation" },
    { 0x00189106, 0xFFFFFFFF, DCM_VR_FD, 0, "MidSlabPosition", "3", "Mid Slab Position" },
    { 0x00189107, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRSpatialSaturationSequence", "1", "MR Spatial Saturation Sequence" },
    { 0x00189112, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRTimingAndRelatedParametersSequence", "1", "MR Timing and Related Parameters Sequence" },
    { 0x00189114, 0xFFFFFFFF, DCM_VR_SQ, 0, "MREchoSequence", "1", "MR Echo Sequence" },
    { 0x00189115, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRModifierSequence", "1", "MR Modifier Sequence" },
    { 0x00189117, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRDiffusionSequence", "1", "MR Diffusion Sequence" },
    { 0x00189118, 0xFFFFFFFF, DCM_VR_SQ, 0, "CardiacSynchronizationSequence", "1", "Cardiac Synchronization Sequence" },
    { 0x00189119, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRAveragesSequence", "1", "MR Averages Sequence" },
    { 0x00189125, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRFOVGeometrySequence", "1", "MR FOV/Geometry Sequence" },
    { 0x00189126, 0xFFFFFFFF, DCM_VR_SQ, 0, "VolumeLocalizationSequence", "1", "Volume Localization Sequence" },
    { 0x00189127, 0xFFFFFFFF, DCM_VR_UL, 0, "SpectroscopyAcquisitionDataColumns", "1", "Spectroscopy Acquisition Data Columns" },
    { 0x00189147, 0xFFFFFFFF, DCM_VR_CS, 0, "DiffusionAnisotropyType", "1", "Diffusion Anisotropy Type" },
    { 0x00189151, 0xFFFFFFFF, DCM_VR_DT, 0, "FrameReferenceDateTime", "1", "Frame Reference DateTime" },
    { 0x00189152, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRMetaboliteMapSequence", "1", "MR Metabolite Map Sequence" },
    { 0x00189155, 0xFFFFFFFF, DCM_VR_FD, 0, "ParallelReductionFactorOutOfPlane", "1", "Parallel Reduction Factor out-of-plane" },
    { 0x00189159, 0xFFFFFFFF, DCM_VR_UL, 0, "SpectroscopyAcquisitionOutOfPlanePhaseSteps", "1", "Spectroscopy Acquisition Out-of-plane Phase Steps" },
    { 0x00189166, 0xFFFFFFFF, DCM_VR_CS, 1, "BulkMotionStatus", "1", "Bulk Motion Status" },
    { 0x00189168, 0xFFFFFFFF, DCM_VR_FD, 0, "ParallelReductionFactorSecondInPlane", "1", "Parallel Reduction Factor Second In-plane" },
    { 0x00189169, 0xFFFFFFFF, DCM_VR_CS, 0, "CardiacBeatRejectionTechnique", "1", "Cardiac Beat Rejection Technique" },
    { 0x00189170, 0xFFFFFFFF, DCM_VR_CS, 0, "RespiratoryMotionCompensationTechnique", "1", "Respiratory Motion Compensation Technique" },
    { 0x00189171, 0xFFFFFFFF, DCM_VR_CS, 0, "RespiratorySignalSource", "1", "Respiratory Signal Source" },
    { 0x00189172, 0xFFFFFFFF, DCM_VR_CS, 0, "BulkMotionCompensationTechnique", "1", "Bulk Motion Compensation Technique" },
    { 0x00189173, 0xFFFFFFFF, DCM_VR_CS, 0, "BulkMotionSignalSource", "1", "Bulk Motion Signal Source" },
    { 0x00189174, 0xFFFFFFFF, DCM_VR_CS, 0, "ApplicableSafetyStandardAgency", "1", "Applicable Safety Standard Agency" },
    { 0x00189175, 0xFFFFFFFF, DCM_VR_LO, 0, "ApplicableSafetyStandardDescription", "1", "Applicable Safety Standard Description" },
    { 0x00189176, 0xFFFFFFFF, DCM_VR_SQ, 0, "OperatingModeSequence", "1", "Operating Mode Sequence" },
    { 0x00189177, 0xFFFFFFFF, DCM_VR_CS, 0, "OperatingModeType", "1", "Operating Mode Type" },
    { 0x00189178, 0xFFFFFFFF, DCM_VR_CS, 0, "OperatingMode", "1", "Operating Mode" },
    { 0x00189179, 0xFFFFFFFF, DCM_VR_CS, 0, "SpecificAbsorptionRateDefinition", "1", "Specific Absorption Rate Definition" },
    { 0x00189180, 0xFFFFFFFF, DCM_VR_CS, 0, "GradientOutputType", "1", "Gradient Output Type" },
    { 0x00189181, 0xFFFFFFFF, DCM_VR_FD, 0, "SpecificAbsorptionRateValue", "1", "Specific Absorption Rate Value" },
    { 0x00189182, 0xFFFFFFFF, DCM_VR_FD, 0, "GradientOutput", "1", "Gradient Output" },
    { 0x00189183, 0xFFFFFFFF, DCM_VR_CS, 0, "FlowCompensationDirection", "1", "Flow Compensation Direction" },
    { 0x00189184, 0xFFFFFFFF, DCM_VR_FD, 0, "TaggingDelay", "1", "Tagging Delay" },
    { 0x00189185, 0xFFFFFFFF, DCM_VR_ST, 0, "RespiratoryMotionCompensationTechniqueDescription", "1", "Respiratory Motion Compensation Technique Description" },
    { 0x00189186, 0xFFFFFFFF, DCM_VR_SH, 0, "RespiratorySignalSourceID", "1", "Respiratory Signal Source ID" },
    { 0x00189195, 0xFFFFFFFF, DCM_VR_FD, 1, "ChemicalShiftMinimumIntegrationLimitInHz", "1", "Chemical Shift Minimum Integration Limit in Hz" },
    { 0x00189196, 0xFFFFFFFF, DCM_VR_FD, 1, "ChemicalShiftMaximumIntegrationLimitInHz", "1", "Chemical Shift Maximum Integration Limit in Hz" },
    { 0x00189197, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRVelocityEncodingSequence", "1", "MR Velocity Encoding Sequence" },
    { 0x00189198, 0xFFFFFFFF, DCM_VR_CS, 0, "FirstOrderPhaseCorrection", "1", "First Order Phase Correction" },
    { 0x00189199, 0xFFFFFFFF, DCM_VR_CS, 0, "WaterReferencedPhaseCorrection", "1", "Water Referenced Phase Correction" },
    { 0x00189200, 0xFFFFFFFF, DCM_VR_CS, 0, "MRSpectroscopyAcquisitionType", "1", "MR Spectroscopy Acquisition Type" },
    { 0x00189214, 0xFFFFFFFF, DCM_VR_CS, 0, "RespiratoryCyclePosition", "1", "Respiratory Cycle Position" },
    { 0x00189217, 0xFFFFFFFF, DCM_VR_FD, 0, "VelocityEncodingMaximumValue", "1", "Velocity Encoding Maximum Value" },
    { 0x00189218, 0xFFFFFFFF, DCM_VR_FD, 0, "TagSpacingSecondDimension", "1", "Tag Spacing Second Dimension" },
    { 0x00189219, 0xFFFFFFFF, DCM_VR_SS, 0, "TagAngleSecondAxis", "1", "Tag Angle Second Axis" },
    { 0x00189220, 0xFFFFFFFF, DCM_VR_FD, 0, "FrameAcquisitionDuration", "1", "Frame Acquisition Duration" },
    { 0x00189226, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRImageFrameTypeSequence", "1", "MR Image Frame Type Sequence" },
    { 0x00189227, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRSpectroscopyFrameTypeSequence", "1", "MR Spectroscopy Frame Type Sequence" },
    { 0x00189231, 0xFFFFFFFF, DCM_VR_US, 0, "MRAcquisitionPhaseEncodingStepsInPlane", "1", "MR Acquisition Phase Encoding Steps in-plane" },
    { 0x00189232, 0xFFFFFFFF, DCM_VR_US, 0, "MRAcquisitionPhaseEncodingStepsOutOfPlane", "1", "MR Acquisition Phase Encoding Steps out-of-plane" },
    { 0x00189234, 0xFFFFFFFF, DCM_VR_UL, 0, "SpectroscopyAcquisitionPhaseColumns", "1", "Spectroscopy Acquisition Phase Columns" },
    { 0x00189236, 0xFFFFFFFF, DCM_VR_CS, 0, "CardiacCyclePosition", "1", "Cardiac Cycle Position" },
    { 0x00189239, 0xFFFFFFFF, DCM_VR_SQ, 0, "SpecificAbsorptionRateSequence", "1", "Specific Absorption Rate Sequence" },
    { 0x00189240, 0xFFFFFFFF, DCM_VR_US, 0, "RFEchoTrainLength", "1", "RF Echo Train Length" },
    { 0x00189241, 0xFFFFFFFF, DCM_VR_US, 0, "GradientEchoTrainLength", "1", "Gradient Echo Train Length" },
    { 0x00189250, 0xFFFFFFFF, DCM_VR_CS, 0, "ArterialSpinLabelingContrast", "1", "Arterial Spin Labeling Contrast" },
    { 0x00189251, 0xFFFFFFFF, DCM_VR_SQ, 0, "MRArterialSpinLabelingSequence", "1", "MR Arterial Spin Labeling Sequence" },
    { 0x00189252, 0xFFFFFFFF, DCM_VR_LO, 0, "ASLTechniqueDescription", "1", "ASL Technique Description" },
    { 0x00189253, 0xFFFFFFFF, DCM_VR_US, 0, "ASLSlabNumber", "1", "ASL Slab Number" },
    { 0x00189254, 0xFFFFFFFF, DCM_VR_FD, 0, "ASLSlabThickness", "1", "ASL Slab Thickness" },
    { 0x00189255, 0xFFFFFFFF, DCM_VR_FD, 0, "ASLSlabOrientation", "3", "ASL Slab Orientation" },
    { 0x00189256, 0xFFFFFFFF, DCM_VR_FD, 0, "ASLMidSlabPosition", "3", "ASL Mid Slab Position" },
    { 0x00189257, 0xFFFFFFFF, DCM_VR_CS, 0, "ASLContext", "1", "ASL Context" },
    { 0x00189258, 0xFFFFFFFF, DCM_VR_UL, 0, "ASLPulseTrainDuration", "1", "ASL Pulse Train Duration" },
    { 0x00189259, 0xFFFFFFFF, DCM_VR_CS, 0, "ASLCrusherFlag", "1", "ASL Crusher Flag" },
    { 0x0018925A, 0xFFFFFFFF, DCM_VR_FD, 0, "ASLCrusherFlowLimit", "1", "ASL Crusher Flow Limit" },
    { 0x0018925B, 0xFFFFFFFF, DCM_VR_LO, 0, "ASLCrusherDescription", "1", "ASL Crusher Description" },
    { 0x0018925C, 0xFFFFFFFF, DCM_VR_CS, 0, "ASLBolusCutoffFlag", "1", "ASL Bolus Cut-off Flag" },
    { 0x0018925D, 0xFFFFFFFF, DCM_VR_SQ, 0, "ASLBolusCutoffTimingSequence", "1", "ASL Bolus Cut-off Timing Sequence" },
    { 0x0018925E, 0xFFFFFFFF, DCM_VR_LO, 0, "ASLBolusCutoffTechnique", "1", "ASL Bolus Cut-off Technique" },
    { 0x0018925F, 0xFFFFFFFF, DCM_VR_UL, 0, "ASLBolusCutoffDelayTime", "1", "ASL Bolus Cut-off Delay Time" },
    { 0x00189260, 0xFFFFFFFF, DCM_VR_SQ, 0, "ASLSlabSequence", "1", "ASL Slab Sequence" },
    { 0x00189295, 0xFFFFFFFF, DCM_VR_FD, 0, "ChemicalShiftMinimumIntegrationLimitInppm", "1", "Chemical Shift Minimum Integration Limit in ppm" },
    { 0x00189296, 0xFFFFFFFF, DCM_VR_FD, 0, "ChemicalShiftMaximumIntegrationLimitInppm", "1", "Chemical Shift Maximum Integration Limit in ppm" },
    { 0x00189297, 0xFFFFFFFF, DCM_VR_CS, 0, "WaterReferenceAcquisition", "1", "Water Reference Acquisition" },
    { 0x00189298, 0xFFFFFFFF, DCM_VR_IS, 0, "EchoPeakPosition", "1", "Echo Peak Position" },
    { 0x00189301, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTAcquisitionTypeSequence", "1", "CT Acquisition Type Sequence" },
    { 0x00189302, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionType", "1", "Acquisition Type" },
    { 0x00189303, 0xFFFFFFFF, DCM_VR_FD, 0, "TubeAngle", "1", "Tube Angle" },
    { 0x00189304, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTAcquisitionDetailsSequence", "1", "CT Acquisition Details Sequence" },
    { 0x00189305, 0xFFFFFFFF, DCM_VR_FD, 0, "RevolutionTime", "1", "Revolution Time" },
    { 0x00189306, 0xFFFFFFFF, DCM_VR_FD, 0, "SingleCollimationWidth", "1", "Single Collimation Width" },
    { 0x00189307, 0xFFFFFFFF, DCM_VR_FD, 0, "TotalCollimationWidth", "1", "Total Collimation Width" },
    { 0x00189308, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTTableDynamicsSequence", "1", "CT Table Dynamics Sequence" },
    { 0x00189309, 0xFFFFFFFF, DCM_VR_FD, 0, "TableSpeed", "1", "Table Speed" },
    { 0x00189310, 0xFFFFFFFF, DCM_VR_FD, 0, "TableFeedPerRotation", "1", "Table Feed per Rotation" },
    { 0x00189311, 0xFFFFFFFF, DCM_VR_FD, 0, "SpiralPitchFactor", "1", "Spiral Pitch Factor" },
    { 0x00189312, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTGeometrySequence", "1", "CT Geometry Sequence" },
    { 0x00189313, 0xFFFFFFFF, DCM_VR_FD, 0, "DataCollectionCenterPatient", "3", "Data Collection Center (Patient)" },
    { 0x00189314, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTReconstructionSequence", "1", "CT Reconstruction Sequence" },
    { 0x00189315, 0xFFFFFFFF, DCM_VR_CS, 0, "ReconstructionAlgorithm", "1", "Reconstruction Algorithm" },
    { 0x00189316, 0xFFFFFFFF, DCM_VR_CS, 0, "ConvolutionKernelGroup", "1", "Convolution Kernel Group" },
    { 0x00189317, 0xFFFFFFFF, DCM_VR_FD, 0, "ReconstructionFieldOfView", "2", "Reconstruction Field of View" },
    { 0x00189318, 0xFFFFFFFF, DCM_VR_FD, 0, "ReconstructionTargetCenterPatient", "3", "Reconstruction Target Center (Patient)" },
    { 0x00189319, 0xFFFFFFFF, DCM_VR_FD, 0, "ReconstructionAngle", "1", "Reconstruction Angle" },
    { 0x00189320, 0xFFFFFFFF, DCM_VR_SH, 0, "ImageFilter", "1", "Image Filter" },
    { 0x00189321, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTExposureSequence", "1", "CT Exposure Sequence" },
    { 0x00189322, 0xFFFFFFFF, DCM_VR_FD, 0, "ReconstructionPixelSpacing", "2", "Reconstruction Pixel Spacing" },
    { 0x00189323, 0xFFFFFFFF, DCM_VR_CS, 0, "ExposureModulationType", "1-n", "Exposure Modulation Type" },
    { 0x00189324, 0xFFFFFFFF, DCM_VR_FD, 1, "EstimatedDoseSaving", "1", "Estimated Dose Saving" },
    { 0x00189325, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTXRayDetailsSequence", "1", "CT X-Ray Details Sequence" },
    { 0x00189326, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTPositionSequence", "1", "CT Position Sequence" },
    { 0x00189327, 0xFFFFFFFF, DCM_VR_FD, 0, "TablePosition", "1", "Table Position" },
    { 0x00189328, 0xFFFFFFFF, DCM_VR_FD, 0, "ExposureTimeInms", "1", "Exposure Time in ms" },
    { 0x00189329, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTImageFrameTypeSequence", "1", "CT Image Frame Type Sequence" },
    { 0x00189330, 0xFFFFFFFF, DCM_VR_FD, 0, "XRayTubeCurrentInmA", "1", "X-Ray Tube Current in mA" },
    { 0x00189332, 0xFFFFFFFF, DCM_VR_FD, 0, "ExposureInmAs", "1", "Exposure in mAs" },
    { 0x00189333, 0xFFFFFFFF, DCM_VR_CS, 0, "ConstantVolumeFlag", "1", "Constant Volume Flag" },
    { 0x00189334, 0xFFFFFFFF, DCM_VR_CS, 0, "FluoroscopyFlag", "1", "Fluoroscopy Flag" },
    { 0x00189335, 0xFFFFFFFF, DCM_VR_FD, 0, "DistanceSourceToDataCollectionCenter", "1", "Distance Source to Data Collection Center" },
    { 0x00189337, 0xFFFFFFFF, DCM_VR_US, 0, "ContrastBolusAgentNumber", "1", "Contrast/Bolus Agent Number" },
    { 0x00189338, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContrastBolusIngredientCodeSequence", "1", "Contrast/Bolus Ingredient Code Sequence" },
    { 0x00189340, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContrastAdministrationProfileSequence", "1", "Contrast Administration Profile Sequence" },
    { 0x00189341, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContrastBolusUsageSequence", "1", "Contrast/Bolus Usage Sequence" },
    { 0x00189342, 0xFFFFFFFF, DCM_VR_CS, 0, "ContrastBolusAgentAdministered", "1", "Contrast/Bolus Agent Administered" },
    { 0x00189343, 0xFFFFFFFF, DCM_VR_CS, 0, "ContrastBolusAgentDetected", "1", "Contrast/Bolus Agent Detected" },
    { 0x00189344, 0xFFFFFFFF, DCM_VR_CS, 0, "ContrastBolusAgentPhase", "1", "Contrast/Bolus Agent Phase" },
    { 0x00189345, 0xFFFFFFFF, DCM_VR_FD, 0, "CTDIvol", "1", "CTDIvol" },
    { 0x00189346, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTDIPhantomTypeCodeSequence", "1", "CTDI Phantom Type Code Sequence" },
    { 0x00189351, 0xFFFFFFFF, DCM_VR_FL, 0, "CalciumScoringMassFactorPatient", "1", "Calcium Scoring Mass Factor Patient" },
    { 0x00189352, 0xFFFFFFFF, DCM_VR_FL, 0, "CalciumScoringMassFactorDevice", "3", "Calcium Scoring Mass Factor Device" },
    { 0x00189353, 0xFFFFFFFF, DCM_VR_FL, 0, "EnergyWeightingFactor", "1", "Energy Weighting Factor" },
    { 0x00189360, 0xFFFFFFFF, DCM_VR_SQ, 0, "CTAdditionalXRaySourceSequence", "1", "CT Additional X-Ray Source Sequence" },
    { 0x00189361, 0xFFFFFFFF, DCM_VR_CS, 0, "MultienergyCTAcquisition", "1", "Multi-energy CT Acquisition" },
    { 0x00189362, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultienergyCTAcquisitionSequence", "1", "Multi-energy CT Acquisition Sequence" },
    { 0x00189363, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultienergyCTProcessingSequence", "1", "Multi-energy CT Processing Sequence" },
    { 0x00189364, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultienergyCTCharacteristicsSequence", "1", "Multi-energy CT Characteristics Sequence" },
    { 0x00189365, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultienergyCTXRaySourceSequence", "1", "Multi-energy CT X-Ray Source Sequence" },
    { 0x00189366, 0xFFFFFFFF, DCM_VR_US, 0, "XRaySourceIndex", "1", "X-Ray Source Index" },
    { 0x00189367, 0xFFFFFFFF, DCM_VR_UC, 0, "XRaySourceID", "1", "X-Ray Source ID" },
    { 0x00189368, 0xFFFFFFFF, DCM_VR_CS, 0, "MultienergySourceTechnique", "1", "Multi-energy Source Technique" },
    { 0x00189369, 0xFFFFFFFF, DCM_VR_DT, 0, "SourceStartDateTime", "1", "Source Start DateTime" },
    { 0x0018936A, 0xFFFFFFFF, DCM_VR_DT, 0, "SourceEndDateTime", "1", "Source End DateTime" },
    { 0x0018936B, 0xFFFFFFFF, DCM_VR_US, 0, "SwitchingPhaseNumber", "1", "Switching Phase Number" },
    { 0x0018936C, 0xFFFFFFFF, DCM_VR_DS, 0, "SwitchingPhaseNominalDuration", "1", "Switching Phase Nominal Duration" },
    { 0x0018936D, 0xFFFFFFFF, DCM_VR_DS, 0, "SwitchingPhaseTransitionDuration", "1", "Switching Phase Transition Duration" },
    { 0x0018936E, 0xFFFFFFFF, DCM_VR_DS, 0, "EffectiveBinEnergy", "1", "Effective Bin Energy" },
    { 0x0018936F, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultienergyCTXRayDetectorSequence", "1", "Multi-energy CT X-Ray Detector Sequence" },
    { 0x00189370, 0xFFFFFFFF, DCM_VR_US, 0, "XRayDetectorIndex", "1", "X-Ray Detector Index" },
    { 0x00189371, 0xFFFFFFFF, DCM_VR_UC, 0, "XRayDetectorID", "1", "X-Ray Detector ID" },
    { 0x00189372, 0xFFFFFFFF, DCM_VR_CS, 0, "MultienergyDetectorType", "1", "Multi-energy Detector Type" },
    { 0x00189373, 0xFFFFFFFF, DCM_VR_ST, 0, "XRayDetectorLabel", "1", "X-Ray Detector Label" },
    { 0x00189374, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalMaxEnergy", "1", "Nominal Max Energy" },
    { 0x00189375, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalMinEnergy", "1", "Nominal Min Energy" },
    { 0x00189376, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedXRayDetectorIndex", "1-n", "Referenced X-Ray Detector Index" },
    { 0x00189377, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedXRaySourceIndex", "1-n", "Referenced X-Ray Source Index" },
    { 0x00189378, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedPathIndex", "1-n", "Referenced Path Index" },
    { 0x00189379, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultienergyCTPathSequence", "1", "Multi-energy CT Path Sequence" },
    { 0x0018937A, 0xFFFFFFFF, DCM_VR_US, 0, "MultienergyCTPathIndex", "1", "Multi-energy CT Path Index" },
    { 0x0018937B, 0xFFFFFFFF, DCM_VR_UT, 0, "MultienergyAcquisitionDescription", "1", "Multi-energy Acquisition Description" },
    { 0x0018937C, 0xFFFFFFFF, DCM_VR_FD, 0, "MonoenergeticEnergyEquivalent", "1", "Monoenergetic Energy Equivalent" },
    { 0x0018937D, 0xFFFFFFFF, DCM_VR_SQ, 0, "MaterialCodeSequence", "1", "Material Code Sequence" },
    { 0x0018937E, 0xFFFFFFFF, DCM_VR_CS, 0, "DecompositionMethod", "1", "Decomposition Method" },
    { 0x0018937F, 0xFFFFFFFF, DCM_VR_UT, 0, "DecompositionDescription", "1", "Decomposition Description" },
    { 0x00189380, 0xFFFFFFFF, DCM_VR_SQ, 0, "DecompositionAlgorithmIdentificationSequence", "1", "Decomposition Algorithm Identification Sequence" },
    { 0x00189381, 0xFFFFFFFF, DCM_VR_SQ, 0, "DecompositionMaterialSequence", "1", "Decomposition Material Sequence" },
    { 0x00189382, 0xFFFFFFFF, DCM_VR_SQ, 0, "MaterialAttenuationSequence", "1", "Material Attenuation Sequence" },
    { 0x00189383, 0xFFFFFFFF, DCM_VR_DS, 0, "PhotonEnergy", "1", "Photon Energy" },
    { 0x00189384, 0xFFFFFFFF, DCM_VR_DS, 0, "XRayMassAttenuationCoefficient", "1", "X-Ray Mass Attenuation Coefficient" },
    { 0x00189401, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProjectionPixelCalibrationSequence", "1", "Projection Pixel Calibration Sequence" },
    { 0x00189402, 0xFFFFFFFF, DCM_VR_FL, 0, "DistanceSourceToIsocenter", "1", "Distance Source to Isocenter" },
    { 0x00189403, 0xFFFFFFFF, DCM_VR_FL, 0, "DistanceObjectToTableTop", "1", "Distance Object to Table Top" },
    { 0x00189404, 0xFFFFFFFF, DCM_VR_FL, 0, "ObjectPixelSpacingInCenterOfBeam", "2", "Object Pixel Spacing in Center of Beam" },
    { 0x00189405, 0xFFFFFFFF, DCM_VR_SQ, 0, "PositionerPositionSequence", "1", "Positioner Position Sequence" },
    { 0x00189406, 0xFFFFFFFF, DCM_VR_SQ, 0, "TablePositionSequence", "1", "Table Position Sequence" },
    { 0x00189407, 0xFFFFFFFF, DCM_VR_SQ, 0, "CollimatorShapeSequence", "1", "Collimator Shape Sequence" },
    { 0x00189410, 0xFFFFFFFF, DCM_VR_CS, 0, "PlanesInAcquisition", "1", "Planes in Acquisition" },
    { 0x00189412, 0xFFFFFFFF, DCM_VR_SQ, 0, "XAXRFFrameCharacteristicsSequence", "1", "XA/XRF Frame Characteristics Sequence" },
    { 0x00189417, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameAcquisitionSequence", "1", "Frame Acquisition Sequence" },
    { 0x00189420, 0xFFFFFFFF, DCM_VR_CS, 0, "XRayReceptorType", "1", "X-Ray Receptor Type" },
    { 0x00189423, 0xFFFFFFFF, DCM_VR_LO, 0, "AcquisitionProtocolName", "1", "Acquisition Protocol Name" },
    { 0x00189424, 0xFFFFFFFF, DCM_VR_LT, 0, "AcquisitionProtocolDescription", "1", "Acquisition Protocol Description" },
    { 0x00189425, 0xFFFFFFFF, DCM_VR_CS, 0, "ContrastBolusIngredientOpaque", "1", "Contrast/Bolus Ingredient Opaque" },
    { 0x00189426, 0xFFFFFFFF, DCM_VR_FL, 0, "DistanceReceptorPlaneToDetectorHousing", "1", "Distance Receptor Plane to Detector Housing" },
    { 0x00189427, 0xFFFFFFFF, DCM_VR_CS, 0, "IntensifierActiveShape", "1", "Intensifier Active Shape" },
    { 0x00189428, 0xFFFFFFFF, DCM_VR_FL, 0, "IntensifierActiveDimensions", "1-2", "Intensifier Active Dimension(s)" },
    { 0x00189429, 0xFFFFFFFF, DCM_VR_FL, 0, "PhysicalDetectorSize", "2", "Physical Detector Size" },
    { 0x00189430, 0xFFFFFFFF, DCM_VR_FL, 0, "PositionOfIsocenterProjection", "2", "Position of Isocenter Projection" },
    { 0x00189432, 0xFFFFFFFF, DCM_VR_SQ, 0, "FieldOfViewSequence", "1", "Field of View Sequence" },
    { 0x00189433, 0xFFFFFFFF, DCM_VR_LO, 0, "FieldOfViewDescription", "1", "Field of View Description" },
    { 0x00189434, 0xFFFFFFFF, DCM_VR_SQ, 0, "ExposureControlSensingRegionsSequence", "1", "Exposure Control Sensing Regions Sequence" },
    { 0x00189435, 0xFFFFFFFF, DCM_VR_CS, 0, "ExposureControlSensingRegionShape", "1", "Exposure Control Sensing Region Shape" },
    { 0x00189436, 0xFFFFFFFF, DCM_VR_SS, 0, "ExposureControlSensingRegionLeftVerticalEdge", "1", "Exposure Control Sensing Region Left Vertical Edge" },
    { 0x00189437, 0xFFFFFFFF, DCM_VR_SS, 0, "ExposureControlSensingRegionRightVerticalEdge", "1", "Exposure Control Sensing Region Right Vertical Edge" },
    { 0x00189438, 0xFFFFFFFF, DCM_VR_SS, 0, "ExposureControlSensingRegionUpperHorizontalEdge", "1", "Exposure Control Sensing Region Upper Horizontal Edge" },
    { 0x00189439, 0xFFFFFFFF, DCM_VR_SS, 0, "ExposureControlSensingRegionLowerHorizontalEdge", "1", "Exposure Control Sensing Region Lower Horizontal Edge" },
    { 0x00189440, 0xFFFFFFFF, DCM_VR_SS, 0, "CenterOfCircularExposureControlSensingRegion", "2", "Center of Circular Exposure Control Sensing Region" },
    { 0x00189441, 0xFFFFFFFF, DCM_VR_US, 0, "RadiusOfCircularExposureControlSensingRegion", "1", "Radius of Circular Exposure Control Sensing Region" },
    { 0x00189442, 0xFFFFFFFF, DCM_VR_SS, 0, "VerticesOfThePolygonalExposureControlSensingRegion", "2-n", "Vertices of the Polygonal Exposure Control Sensing Region" },
    { 0x00189445, 0xFFFFFFFF, DCM_VR_OB, 1, "", "1", "Retired-blank" },
    { 0x00189447, 0xFFFFFFFF, DCM_VR_FL, 0, "ColumnAngulationPatient", "1", "Column Angulation (Patient)" },
    { 0x00189449, 0xFFFFFFFF, DCM_VR_FL, 0, "BeamAngle", "1", "Beam Angle" },
    { 0x00189451, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameDetectorParametersSequence", "1", "Frame Detector Parameters Sequence" },
    { 0x00189452, 0xFFFFFFFF, DCM_VR_FL, 0, "CalculatedAnatomyThickness", "1", "Calculated Anatomy Thickness" },
    { 0x00189455, 0xFFFFFFFF, DCM_VR_SQ, 0, "CalibrationSequence", "1", "Calibration Sequence" },
    { 0x00189456, 0xFFFFFFFF, DCM_VR_SQ, 0, "ObjectThicknessSequence", "1", "Object Thickness Sequence" },
    { 0x00189457, 0xFFFFFFFF, DCM_VR_CS, 0, "PlaneIdentification", "1", "Plane Identification" },
    { 0x00189461, 0xFFFFFFFF, DCM_VR_FL, 0, "FieldOfViewDimensionsInFloat", "1-2", "Field of View Dimension(s) in Float" },
    { 0x00189462, 0xFFFFFFFF, DCM_VR_SQ, 0, "IsocenterReferenceSystemSequence", "1", "Isocenter Reference System Sequence" },
    { 0x00189463, 0xFFFFFFFF, DCM_VR_FL, 0, "PositionerIsocenterPrimaryAngle", "1", "Positioner Isocenter Primary Angle" },
    { 0x00189464, 0xFFFFFFFF, DCM_VR_FL, 0, "PositionerIsocenterSecondaryAngle", "1", "Positioner Isocenter Secondary Angle" },
    { 0x00189465, 0xFFFFFFFF, DCM_VR_FL, 0, "PositionerIsocenterDetectorRotationAngle", "1", "Positioner Isocenter Detector Rotation Angle" },
    { 0x00189466, 0xFFFFFFFF, DCM_VR_FL, 0, "TableXPositionToIsocenter", "1", "Table X Position to Isocenter" },
    { 0x00189467, 0xFFFFFFFF, DCM_VR_FL, 0, "TableYPositionToIsocenter", "1", "Table Y Position to Isocenter" },
    { 0x00189468, 0xFFFFFFFF, DCM_VR_FL, 0, "TableZPositionToIsocenter", "1", "Table Z Position to Isocenter" },
    { 0x00189469, 0xFFFFFFFF, DCM_VR_FL, 0, "TableHorizontalRotationAngle", "1", "Table Horizontal Rotation Angle" },
    { 0x00189470, 0xFFFFFFFF, DCM_VR_FL, 0, "TableHeadTiltAngle", "1", "Table Head Tilt Angle" },
    { 0x00189471, 0xFFFFFFFF, DCM_VR_FL, 0, "TableCradleTiltAngle", "1", "Table Cradle Tilt Angle" },
    { 0x00189472, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameDisplayShutterSequence", "1", "Frame Display Shutter Sequence" },
    { 0x00189473, 0xFFFFFFFF, DCM_VR_FL, 0, "AcquiredImageAreaDoseProduct", "1", "Acquired Image Area Dose Product" },
    { 0x00189474, 0xFFFFFFFF, DCM_VR_CS, 0, "CArmPositionerTabletopRelationship", "1", "C-arm Positioner Tabletop Relationship" },
    { 0x00189476, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRayGeometrySequence", "1", "X-Ray Geometry Sequence" },
    { 0x00189477, 0xFFFFFFFF, DCM_VR_SQ, 0, "IrradiationEventIdentificationSequence", "1", "Irradiation Event Identification Sequence" },
    { 0x00189504, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRay3DFrameTypeSequence", "1", "X-Ray 3D Frame Type Sequence" },
    { 0x00189506, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContributingSourcesSequence", "1", "Contributing Sources Sequence" },
    { 0x00189507, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRay3DAcquisitionSequence", "1", "X-Ray 3D Acquisition Sequence" },
    { 0x00189508, 0xFFFFFFFF, DCM_VR_FL, 0, "PrimaryPositionerScanArc", "1", "Primary Positioner Scan Arc" },
    { 0x00189509, 0xFFFFFFFF, DCM_VR_FL, 0, "SecondaryPositionerScanArc", "1", "Secondary Positioner Scan Arc" },
    { 0x00189510, 0xFFFFFFFF, DCM_VR_FL, 0, "PrimaryPositionerScanStartAngle", "1", "Primary Positioner Scan Start Angle" },
    { 0x00189511, 0xFFFFFFFF, DCM_VR_FL, 0, "SecondaryPositionerScanStartAngle", "1", "Secondary Positioner Scan Start Angle" },
    { 0x00189514, 0xFFFFFFFF, DCM_VR_FL, 0, "PrimaryPositionerIncrement", "1", "Primary Positioner Increment" },
    { 0x00189515, 0xFFFFFFFF, DCM_VR_FL, 0, "SecondaryPositionerIncrement", "1", "Secondary Positioner Increment" },
    { 0x00189516, 0xFFFFFFFF, DCM_VR_DT, 0, "StartAcquisitionDateTime", "1", "Start Acquisition DateTime" },
    { 0x00189517, 0xFFFFFFFF, DCM_VR_DT, 0, "EndAcquisitionDateTime", "1", "End Acquisition DateTime" },
    { 0x00189518, 0xFFFFFFFF, DCM_VR_SS, 0, "PrimaryPositionerIncrementSign", "1", "Primary Positioner Increment Sign" },
    { 0x00189519, 0xFFFFFFFF, DCM_VR_SS, 0, "SecondaryPositionerIncrementSign", "1", "Secondary Positioner Increment Sign" },
    { 0x00189524, 0xFFFFFFFF, DCM_VR_LO, 0, "ApplicationName", "1", "Application Name" },
    { 0x00189525, 0xFFFFFFFF, DCM_VR_LO, 0, "ApplicationVersion", "1", "Application Version" },
    { 0x00189526, 0xFFFFFFFF, DCM_VR_LO, 0, "ApplicationManufacturer", "1", "Application Manufacturer" },
    { 0x00189527, 0xFFFFFFFF, DCM_VR_CS, 0, "AlgorithmType", "1", "Algorithm Type" },
    { 0x00189528, 0xFFFFFFFF, DCM_VR_LO, 0, "AlgorithmDescription", "1", "Algorithm Description" },
    { 0x00189530, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRay3DReconstructionSequence", "1", "X-Ray 3D Reconstruction Sequence" },
    { 0x00189531, 0xFFFFFFFF, DCM_VR_LO, 0, "ReconstructionDescription", "1", "Reconstruction Description" },
    { 0x00189538, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerProjectionAcquisitionSequence", "1", "Per Projection Acquisition Sequence" },
    { 0x00189541, 0xFFFFFFFF, DCM_VR_SQ, 0, "DetectorPositionSequence", "1", "Detector Position Sequence" },
    { 0x00189542, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRayAcquisitionDoseSequence", "1", "X-Ray Acquisition Dose Sequence" },
    { 0x00189543, 0xFFFFFFFF, DCM_VR_FD, 0, "XRaySourceIsocenterPrimaryAngle", "1", "X-Ray Source Isocenter Primary Angle" },
    { 0x00189544, 0xFFFFFFFF, DCM_VR_FD, 0, "XRaySourceIsocenterSecondaryAngle", "1", "X-Ray Source Isocenter Secondary Angle" },
    { 0x00189545, 0xFFFFFFFF, DCM_VR_FD, 0, "BreastSupportIsocenterPrimaryAngle", "1", "Breast Support Isocenter Primary Angle" },
    { 0x00189546, 0xFFFFFFFF, DCM_VR_FD, 0, "BreastSupportIsocenterSecondaryAngle", "1", "Breast Support Isocenter Secondary Angle" },
    { 0x00189547, 0xFFFFFFFF, DCM_VR_FD, 0, "BreastSupportXPositionToIsocenter", "1", "Breast Support X Position to Isocenter" },
    { 0x00189548, 0xFFFFFFFF, DCM_VR_FD, 0, "BreastSupportYPositionToIsocenter", "1", "Breast Support Y Position to Isocenter" },
    { 0x00189549, 0xFFFFFFFF, DCM_VR_FD, 0, "BreastSupportZPositionToIsocenter", "1", "Breast Support Z Position to Isocenter" },
    { 0x00189550, 0xFFFFFFFF, DCM_VR_FD, 0, "DetectorIsocenterPrimaryAngle", "1", "Detector Isocenter Primary Angle" },
    { 0x00189551, 0xFFFFFFFF, DCM_VR_FD, 0, "DetectorIsocenterSecondaryAngle", "1", "Detector Isocenter Secondary Angle" },
    { 0x00189552, 0xFFFFFFFF, DCM_VR_FD, 0, "DetectorXPositionToIsocenter", "1", "Detector X Position to Isocenter" },
    { 0x00189553, 0xFFFFFFFF, DCM_VR_FD, 0, "DetectorYPositionToIsocenter", "1", "Detector Y Position to Isocenter" },
    { 0x00189554, 0xFFFFFFFF, DCM_VR_FD, 0, "DetectorZPositionToIsocenter", "1", "Detector Z Position to Isocenter" },
    { 0x00189555, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRayGridSequence", "1", "X-Ray Grid Sequence" },
    { 0x00189556, 0xFFFFFFFF, DCM_VR_SQ, 0, "XRayFilterSequence", "1", "X-Ray Filter Sequence" },
    { 0x00189557, 0xFFFFFFFF, DCM_VR_FD, 0, "DetectorActiveAreaTLHCPosition", "3", "Detector Active Area TLHC Position" },
    { 0x00189558, 0xFFFFFFFF, DCM_VR_FD, 0, "DetectorActiveAreaOrientation", "6", "Detector Active Area Orientation" },
    { 0x00189559, 0xFFFFFFFF, DCM_VR_CS, 0, "PositionerPrimaryAngleDirection", "1", "Positioner Primary Angle Direction" },
    { 0x00189601, 0xFFFFFFFF, DCM_VR_SQ, 0, "DiffusionBMatrixSequence", "1", "Diffusion b-matrix Sequence" },
    { 0x00189602, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionBValueXX", "1", "Diffusion b-value XX" },
    { 0x00189603, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionBValueXY", "1", "Diffusion b-value XY" },
    { 0x00189604, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionBValueXZ", "1", "Diffusion b-value XZ" },
    { 0x00189605, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionBValueYY", "1", "Diffusion b-value YY" },
    { 0x00189606, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionBValueYZ", "1", "Diffusion b-value YZ" },
    { 0x00189607, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffusionBValueZZ", "1", "Diffusion b-value ZZ" },
    { 0x00189621, 0xFFFFFFFF, DCM_VR_SQ, 0, "FunctionalMRSequence", "1", "Functional MR Sequence" },
    { 0x00189622, 0xFFFFFFFF, DCM_VR_CS, 0, "FunctionalSettlingPhaseFramesPresent", "1", "Functional Settling Phase Frames Present" },
    { 0x00189623, 0xFFFFFFFF, DCM_VR_DT, 0, "FunctionalSyncPulse", "1", "Functional Sync Pulse" },
    { 0x00189624, 0xFFFFFFFF, DCM_VR_CS, 0, "SettlingPhaseFrame", "1", "Settling Phase Frame" },
    { 0x00189701, 0xFFFFFFFF, DCM_VR_DT, 0, "DecayCorrectionDateTime", "1", "Decay Correction DateTime" },
    { 0x00189715, 0xFFFFFFFF, DCM_VR_FD, 0, "StartDensityThreshold", "1", "Start Density Threshold" },
    { 0x00189716, 0xFFFFFFFF, DCM_VR_FD, 0, "StartRelativeDensityDifferenceThreshold", "1", "Start Relative Density Difference Threshold" },
    { 0x00189717, 0xFFFFFFFF, DCM_VR_FD, 0, "StartCardiacTriggerCountThreshold", "1", "Start Cardiac Trigger Count Threshold" },
    { 0x00189718, 0xFFFFFFFF, DCM_VR_FD, 0, "StartRespiratoryTriggerCountThreshold", "1", "Start Respiratory Trigger Count Threshold" },
    { 0x00189719, 0xFFFFFFFF, DCM_VR_FD, 0, "TerminationCountsThreshold", "1", "Termination Counts Threshold" },
    { 0x00189720, 0xFFFFFFFF, DCM_VR_FD, 0, "TerminationDensityThreshold", "1", "Termination Density Threshold" },
    { 0x00189721, 0xFFFFFFFF, DCM_VR_FD, 0, "TerminationRelativeDensityThreshold", "1", "Termination Relative Density Threshold" },
    { 0x00189722, 0xFFFFFFFF, DCM_VR_FD, 0, "TerminationTimeThreshold", "1", "Termination Time Threshold" },
    { 0x00189723, 0xFFFFFFFF, DCM_VR_FD, 0, "TerminationCardiacTriggerCountThreshold", "1", "Termination Cardiac Trigger Count Threshold" },
    { 0x00189724, 0xFFFFFFFF, DCM_VR_FD, 0, "TerminationRespiratoryTriggerCountThreshold", "1", "Termination Respiratory Trigger Count Threshold" },
    { 0x00189725, 0xFFFFFFFF, DCM_VR_CS, 0, "DetectorGeometry", "1", "Detector Geometry" },
    { 0x00189726, 0xFFFFFFFF, DCM_VR_FD, 0, "TransverseDetectorSeparation", "1", "Transverse Detector Separation" },
    { 0x00189727, 0xFFFFFFFF, DCM_VR_FD, 0, "AxialDetectorDimension", "1", "Axial Detector Dimension" },
    { 0x00189729, 0xFFFFFFFF, DCM_VR_US, 0, "RadiopharmaceuticalAgentNumber", "1", "Radiopharmaceutical Agent Number" },
    { 0x00189732, 0xFFFFFFFF, DCM_VR_SQ, 0, "PETFrameAcquisitionSequence", "1", "PET Frame Acquisition Sequence" },
    { 0x00189733, 0xFFFFFFFF, DCM_VR_SQ, 0, "PETDetectorMotionDetailsSequence", "1", "PET Detector Motion Details Sequence" },
    { 0x00189734, 0xFFFFFFFF, DCM_VR_SQ, 0, "PETTableDynamicsSequence", "1", "PET Table Dynamics Sequence" },
    { 0x00189735, 0xFFFFFFFF, DCM_VR_SQ, 0, "PETPositionSequence", "1", "PET Position Sequence" },
    { 0x00189736, 0xFFFFFFFF, DCM_VR_SQ, 0, "PETFrameCorrectionFactorsSequence", "1", "PET Frame Correction Factors Sequence" },
    { 0x00189737, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiopharmaceuticalUsageSequence", "1", "Radiopharmaceutical Usage Sequence" },
    { 0x00189738, 0xFFFFFFFF, DCM_VR_CS, 0, "AttenuationCorrectionSource", "1", "Attenuation Correction Source" },
    { 0x00189739, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfIterations", "1", "Number of Iterations" },
    { 0x00189740, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfSubsets", "1", "Number of Subsets" },
    { 0x00189749, 0xFFFFFFFF, DCM_VR_SQ, 0, "PETReconstructionSequence", "1", "PET Reconstruction Sequence" },
    { 0x00189751, 0xFFFFFFFF, DCM_VR_SQ, 0, "PETFrameTypeSequence", "1", "PET Frame Type Sequence" },
    { 0x00189755, 0xFFFFFFFF, DCM_VR_CS, 0, "TimeOfFlightInformationUsed", "1", "Time of Flight Information Used" },
    { 0x00189756, 0xFFFFFFFF, DCM_VR_CS, 0, "ReconstructionType", "1", "Reconstruction Type" },
    { 0x00189758, 0xFFFFFFFF, DCM_VR_CS, 0, "DecayCorrected", "1", "Decay Corrected" },
    { 0x00189759, 0xFFFFFFFF, DCM_VR_CS, 0, "AttenuationCorrected", "1", "Attenuation Corrected" },
    { 0x00189760, 0xFFFFFFFF, DCM_VR_CS, 0, "ScatterCorrected", "1", "Scatter Corrected" },
    { 0x00189761, 0xFFFFFFFF, DCM_VR_CS, 0, "DeadTimeCorrected", "1", "Dead Time Corrected" },
    { 0x00189762, 0xFFFFFFFF, DCM_VR_CS, 0, "GantryMotionCorrected", "1", "Gantry Motion Corrected" },
    { 0x00189763, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientMotionCorrected", "1", "Patient Motion Corrected" },
    { 0x00189764, 0xFFFFFFFF, DCM_VR_CS, 0, "CountLossNormalizationCorrected", "1", "Count Loss Normalization Corrected" },
    { 0x00189765, 0xFFFFFFFF, DCM_VR_CS, 0, "RandomsCorrected", "1", "Randoms Corrected" },
    { 0x00189766, 0xFFFFFFFF, DCM_VR_CS, 0, "NonUniformRadialSamplingCorrected", "1", "Non-uniform Radial Sampling Corrected" },
    { 0x00189767, 0xFFFFFFFF, DCM_VR_CS, 0, "SensitivityCalibrated", "1", "Sensitivity Calibrated" },
    { 0x00189768, 0xFFFFFFFF, DCM_VR_CS, 0, "DetectorNormalizationCorrection", "1", "Detector Normalization Correction" },
    { 0x00189769, 0xFFFFFFFF, DCM_VR_CS, 0, "IterativeReconstructionMethod", "1", "Iterative Reconstruction Method" },
    { 0x00189770, 0xFFFFFFFF, DCM_VR_CS, 0, "AttenuationCorrectionTemporalRelationship", "1", "Attenuation Correction Temporal Relationship" },
    { 0x00189771, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientPhysiologicalStateSequence", "1", "Patient Physiological State Sequence" },
    { 0x00189772, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientPhysiologicalStateCodeSequence", "1", "Patient Physiological State Code Sequence" },
    { 0x00189801, 0xFFFFFFFF, DCM_VR_FD, 0, "DepthsOfFocus", "1-n", "Depth(s) of Focus" },
    { 0x00189803, 0xFFFFFFFF, DCM_VR_SQ, 0, "ExcludedIntervalsSequence", "1", "Excluded Intervals Sequence" },
    { 0x00189804, 0xFFFFFFFF, DCM_VR_DT, 0, "ExclusionStartDateTime", "1", "Exclusion Start DateTime" },
    { 0x00189805, 0xFFFFFFFF, DCM_VR_FD, 0, "ExclusionDuration", "1", "Exclusion Duration" },
    { 0x00189806, 0xFFFFFFFF, DCM_VR_SQ, 0, "USImageDescriptionSequence", "1", "US Image Description Sequence" },
    { 0x00189807, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImageDataTypeSequence", "1", "Image Data Type Sequence" },
    { 0x00189808, 0xFFFFFFFF, DCM_VR_CS, 0, "DataType", "1", "Data Type" },
    { 0x00189809, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransducerScanPatternCodeSequence", "1", "Transducer Scan Pattern Code Sequence" },
    { 0x0018980B, 0xFFFFFFFF, DCM_VR_CS, 0, "AliasedDataType", "1", "Aliased Data Type" },
    { 0x0018980C, 0xFFFFFFFF, DCM_VR_CS, 0, "PositionMeasuringDeviceUsed", "1", "Position Measuring Device Used" },
    { 0x0018980D, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransducerGeometryCodeSequence", "1", "Transducer Geometry Code Sequence" },
    { 0x0018980E, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransducerBeamSteeringCodeSequence", "1", "Transducer Beam Steering Code Sequence" },
    { 0x0018980F, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransducerApplicationCodeSequence", "1", "Transducer Application Code Sequence" },
    { 0x00189810, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "ZeroVelocityPixelValue", "1", "Zero Velocity Pixel Value" },
    { 0x00189900, 0xFFFFFFFF, DCM_VR_LO, 0, "ReferenceLocationLabel", "1", "Reference Location Label" },
    { 0x00189901, 0xFFFFFFFF, DCM_VR_UT, 0, "ReferenceLocationDescription", "1", "Reference Location Description" },
    { 0x00189902, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferenceBasisCodeSequence", "1", "Reference Basis Code Sequence" },
    { 0x00189903, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferenceGeometryCodeSequence", "1", "Reference Geometry Code Sequence" },
    { 0x00189904, 0xFFFFFFFF, DCM_VR_DS, 0, "OffsetDistance", "1", "Offset Distance" },
    { 0x00189905, 0xFFFFFFFF, DCM_VR_CS, 0, "OffsetDirection", "1", "Offset Direction" },
    { 0x00189906, 0xFFFFFFFF, DCM_VR_SQ, 0, "PotentialScheduledProtocolCodeSequence", "1", "Potential Scheduled Protocol Code Sequence" },
    { 0x00189907, 0xFFFFFFFF, DCM_VR_SQ, 0, "PotentialRequestedProcedureCodeSequence", "1", "Potential Requested Procedure Code Sequence" },
    { 0x00189908, 0xFFFFFFFF, DCM_VR_UC, 0, "PotentialReasonsForProcedure", "1-n", "Potential Reasons for Procedure" },
    { 0x00189909, 0xFFFFFFFF, DCM_VR_SQ, 0, "PotentialReasonsForProcedureCodeSequence", "1", "Potential Reasons for Procedure Code Sequence" },
    { 0x0018990A, 0xFFFFFFFF, DCM_VR_UC, 0, "PotentialDiagnosticTasks", "1-n", "Potential Diagnostic Tasks" },
    { 0x0018990B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContraindicationsCodeSequence", "1", "Contraindications Code Sequence" },
    { 0x0018990C, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedDefinedProtocolSequence", "1", "Referenced Defined Protocol Sequence" },
    { 0x0018990D, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPerformedProtocolSequence", "1", "Referenced Performed Protocol Sequence" },
    { 0x0018990E, 0xFFFFFFFF, DCM_VR_SQ, 0, "PredecessorProtocolSequence", "1", "Predecessor Protocol Sequence" },
    { 0x0018990F, 0xFFFFFFFF, DCM_VR_UT, 0, "ProtocolPlanningInformation", "1", "Protocol Planning Information" },
    { 0x00189910, 0xFFFFFFFF, DCM_VR_UT, 0, "ProtocolDesignRationale", "1", "Protocol Design Rationale" },
    { 0x00189911, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSpecificationSequence", "1", "Patient Specification Sequence" },
    { 0x00189912, 0xFFFFFFFF, DCM_VR_SQ, 0, "ModelSpecificationSequence", "1", "Model Specification Sequence" },
    { 0x00189913, 0xFFFFFFFF, DCM_VR_SQ, 0, "ParametersSpecificationSequence", "1", "Parameters Specification Sequence" },
    { 0x00189914, 0xFFFFFFFF, DCM_VR_SQ, 0, "InstructionSequence", "1", "Instruction Sequence" },
    { 0x00189915, 0xFFFFFFFF, DCM_VR_US, 0, "InstructionIndex", "1", "Instruction Index" },
    { 0x00189916, 0xFFFFFFFF, DCM_VR_LO, 0, "InstructionText", "1", "Instruction Text" },
    { 0x00189917, 0xFFFFFFFF, DCM_VR_UT, 0, "InstructionDescription", "1", "Instruction Description" },
    { 0x00189918, 0xFFFFFFFF, DCM_VR_CS, 0, "InstructionPerformedFlag", "1", "Instruction Performed Flag" },
    { 0x00189919, 0xFFFFFFFF, DCM_VR_DT, 0, "InstructionPerformedDateTime", "1", "Instruction Performed DateTime" },
    { 0x0018991A, 0xFFFFFFFF, DCM_VR_UT, 0, "InstructionPerformanceComment", "1", "Instruction Performance Comment" },
    { 0x0018991B, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientPositioningInstructionSequence", "1", "Patient Positioning Instruction Sequence" },
    { 0x0018991C, 0xFFFFFFFF, DCM_VR_SQ, 0, "PositioningMethodCodeSequence", "1", "Positioning Method Code Sequence" },
    { 0x0018991D, 0xFFFFFFFF, DCM_VR_SQ, 0, "PositioningLandmarkSequence", "1", "Positioning Landmark Sequence" },
    { 0x0018991E, 0xFFFFFFFF, DCM_VR_UI, 0, "TargetFrameOfReferenceUID", "1", "Target Frame of Reference UID" },
    { 0x0018991F, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionProtocolElementSpecificationSequence", "1", "Acquisition Protocol Element Specification Sequence" },
    { 0x00189920, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionProtocolElementSequence", "1", "Acquisition Protocol Element Sequence" },
    { 0x00189921, 0xFFFFFFFF, DCM_VR_US, 0, "ProtocolElementNumber", "1", "Protocol Element Number" },
    { 0x00189922, 0xFFFFFFFF, DCM_VR_LO, 0, "ProtocolElementName", "1", "Protocol Element Name" },
    { 0x00189923, 0xFFFFFFFF, DCM_VR_UT, 0, "ProtocolElementCharacteristicsSummary", "1", "Protocol Element Characteristics Summary" },
    { 0x00189924, 0xFFFFFFFF, DCM_VR_UT, 0, "ProtocolElementPurpose", "1", "Protocol Element Purpose" },
    { 0x00189930, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionMotion", "1", "Acquisition Motion" },
    { 0x00189931, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionStartLocationSequence", "1", "Acquisition Start Location Sequence" },
    { 0x00189932, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionEndLocationSequence", "1", "Acquisition End Location Sequence" },
    { 0x00189933, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReconstructionProtocolElementSpecificationSequence", "1", "Reconstruction Protocol Element Specification Sequence" },
    { 0x00189934, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReconstructionProtocolElementSequence", "1", "Reconstruction Protocol Element Sequence" },
    { 0x00189935, 0xFFFFFFFF, DCM_VR_SQ, 0, "StorageProtocolElementSpecificationSequence", "1", "Storage Protocol Element Specification Sequence" },
    { 0x00189936, 0xFFFFFFFF, DCM_VR_SQ, 0, "StorageProtocolElementSequence", "1", "Storage Protocol Element Sequence" },
    { 0x00189937, 0xFFFFFFFF, DCM_VR_LO, 0, "RequestedSeriesDescription", "1", "Requested Series Description" },
    { 0x00189938, 0xFFFFFFFF, DCM_VR_US, 0, "SourceAcquisitionProtocolElementNumber", "1-n", "Source Acquisition Protocol Element Number" },
    { 0x00189939, 0xFFFFFFFF, DCM_VR_US, 0, "SourceAcquisitionBeamNumber", "1-n", "Source Acquisition Beam Number" },
    { 0x0018993A, 0xFFFFFFFF, DCM_VR_US, 0, "SourceReconstructionProtocolElementNumber", "1-n", "Source Reconstruction Protocol Element Number" },
    { 0x0018993B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReconstructionStartLocationSequence", "1", "Reconstruction Start Location Sequence" },
    { 0x0018993C, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReconstructionEndLocationSequence", "1", "Reconstruction End Location Sequence" },
    { 0x0018993D, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReconstructionAlgorithmSequence", "1", "Reconstruction Algorithm Sequence" },
    { 0x0018993E, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReconstructionTargetCenterLocationSequence", "1", "Reconstruction Target Center Location Sequence" },
    { 0x00189941, 0xFFFFFFFF, DCM_VR_UT, 0, "ImageFilterDescription", "1", "Image Filter Description" },
    { 0x00189942, 0xFFFFFFFF, DCM_VR_FD, 0, "CTDIvolNotificationTrigger", "1", "CTDIvol Notification Trigger" },
    { 0x00189943, 0xFFFFFFFF, DCM_VR_FD, 0, "DLPNotificationTrigger", "1", "DLP Notification Trigger" },
    { 0x00189944, 0xFFFFFFFF, DCM_VR_CS, 0, "AutoKVPSelectionType", "1", "Auto KVP Selection Type" },
    { 0x00189945, 0xFFFFFFFF, DCM_VR_FD, 0, "AutoKVPUpperBound", "1", "Auto KVP Upper Bound" },
    { 0x00189946, 0xFFFFFFFF, DCM_VR_FD, 0, "AutoKVPLowerBound", "1", "Auto KVP Lower Bound" },
    { 0x00189947, 0xFFFFFFFF, DCM_VR_CS, 0, "ProtocolDefinedPatientPosition", "1", "Protocol Defined Patient Position" },
    { 0x0018A001, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContributingEquipmentSequence", "1", "Contributing Equipment Sequence" },
    { 0x0018A002, 0xFFFFFFFF, DCM_VR_DT, 0, "ContributionDateTime", "1", "Contribution DateTime" },
    { 0x0018A003, 0xFFFFFFFF, DCM_VR_ST, 0, "ContributionDescription", "1", "Contribution Description" },
    { 0x0020000D, 0xFFFFFFFF, DCM_VR_UI, 0, "StudyInstanceUID", "1", "Study Instance UID" },
    { 0x0020000E, 0xFFFFFFFF, DCM_VR_UI, 0, "SeriesInstanceUID", "1", "Series Instance UID" },
    { 0x00200010, 0xFFFFFFFF, DCM_VR_SH, 0, "StudyID", "1", "Study ID" },
    { 0x00200011, 0xFFFFFFFF, DCM_VR_IS, 0, "SeriesNumber", "1", "Series Number" },
    { 0x00200012, 0xFFFFFFFF, DCM_VR_IS, 0, "AcquisitionNumber", "1", "Acquisition Number" },
    { 0x00200013, 0xFFFFFFFF, DCM_VR_IS, 0, "InstanceNumber", "1", "Instance Number" },
    { 0x00200014, 0xFFFFFFFF, DCM_VR_IS, 1, "IsotopeNumber", "1", "Isotope Number" },
    { 0x00200015, 0xFFFFFFFF, DCM_VR_IS, 1, "PhaseNumber", "1", "Phase Number" },
    { 0x00200016, 0xFFFFFFFF, DCM_VR_IS, 1, "IntervalNumber", "1", "Interval Number" },
    { 0x00200017, 0xFFFFFFFF, DCM_VR_IS, 1, "TimeSlotNumber", "1", "Time Slot Number" },
    { 0x00200018, 0xFFFFFFFF, DCM_VR_IS, 1, "AngleNumber", "1", "Angle Number" },
    { 0x00200019, 0xFFFFFFFF, DCM_VR_IS, 0, "ItemNumber", "1", "Item Number" },
    { 0x00200020, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientOrientation", "2", "Patient Orientation" },
    { 0x00200022, 0xFFFFFFFF, DCM_VR_IS, 1, "OverlayNumber", "1", "Overlay Number" },
    { 0x00200024, 0xFFFFFFFF, DCM_VR_IS, 1, "CurveNumber", "1", "Curve Number" },
    { 0x00200026, 0xFFFFFFFF, DCM_VR_IS, 1, "LUTNumber", "1", "LUT Number" },
    { 0x00200030, 0xFFFFFFFF, DCM_VR_DS, 1, "ImagePosition", "3", "Image Position" },
    { 0x00200032, 0xFFFFFFFF, DCM_VR_DS, 0, "ImagePositionPatient", "3", "Image Position (Patient)" },
    { 0x00200035, 0xFFFFFFFF, DCM_VR_DS, 1, "ImageOrientation", "6", "Image Orientation" },
    { 0x00200037, 0xFFFFFFFF, DCM_VR_DS, 0, "ImageOrientationPatient", "6", "Image Orientation (Patient)" },
    { 0x00200050, 0xFFFFFFFF, DCM_VR_DS, 1, "Location", "1", "Location" },
    { 0x00200052, 0xFFFFFFFF, DCM_VR_UI, 0, "FrameOfReferenceUID", "1", "Frame of Reference UID" },
    { 0x00200060, 0xFFFFFFFF, DCM_VR_CS, 0, "Laterality", "1", "Laterality" },
    { 0x00200062, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageLaterality", "1", "Image Laterality" },
    { 0x00200070, 0xFFFFFFFF, DCM_VR_LO, 1, "ImageGeometryType", "1", "Image Geometry Type" },
    { 0x00200080, 0xFFFFFFFF, DCM_VR_CS, 1, "MaskingImage", "1-n", "Masking Image" },
    { 0x002000AA, 0xFFFFFFFF, DCM_VR_IS, 1, "ReportNumber", "1", "Report Number" },
    { 0x00200100, 0xFFFFFFFF, DCM_VR_IS, 0, "TemporalPositionIdentifier", "1", "Temporal Position Identifier" },
    { 0x00200105, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfTemporalPositions", "1", "Number of Temporal Positions" },
    { 0x00200110, 0xFFFFFFFF, DCM_VR_DS, 0, "TemporalResolution", "1", "Temporal Resolution" },
    { 0x00200200, 0xFFFFFFFF, DCM_VR_UI, 0, "SynchronizationFrameOfReferenceUID", "1", "Synchronization Frame of Reference UID" },
    { 0x00200242, 0xFFFFFFFF, DCM_VR_UI, 0, "SOPInstanceUIDOfConcatenationSource", "1", "SOP Instance UID of Concatenation Source" },
    { 0x00201000, 0xFFFFFFFF, DCM_VR_IS, 1, "SeriesInStudy", "1", "Series in Study" },
    { 0x00201001, 0xFFFFFFFF, DCM_VR_IS, 1, "AcquisitionsInSeries", "1", "Acquisitions in Series" },
    { 0x00201002, 0xFFFFFFFF, DCM_VR_IS, 0, "ImagesInAcquisition", "1", "Images in Acquisition" },
    { 0x00201003, 0xFFFFFFFF, DCM_VR_IS, 1, "ImagesInSeries", "1", "Images in Series" },
    { 0x00201004, 0xFFFFFFFF, DCM_VR_IS, 1, "AcquisitionsInStudy", "1", "Acquisitions in Study" },
    { 0x00201005, 0xFFFFFFFF, DCM_VR_IS, 1, "ImagesInStudy", "1", "Images in Study" },
    { 0x00201020, 0xFFFFFFFF, DCM_VR_LO, 1, "Reference", "1-n", "Reference" },
    { 0x0020103F, 0xFFFFFFFF, DCM_VR_LO, 0, "TargetPositionReferenceIndicator", "1", "Target Position Reference Indicator" },
    { 0x00201040, 0xFFFFFFFF, DCM_VR_LO, 0, "PositionReferenceIndicator", "1", "Position Reference Indicator" },
    { 0x00201041, 0xFFFFFFFF, DCM_VR_DS, 0, "SliceLocation", "1", "Slice Location" },
    { 0x00201070, 0xFFFFFFFF, DCM_VR_IS, 1, "OtherStudyNumbers", "1-n", "Other Study Numbers" },
    { 0x00201200, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfPatientRelatedStudies", "1", "Number of Patient Related Studies" },
    { 0x00201202, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfPatientRelatedSeries", "1", "Number of Patient Related Series" },
    { 0x00201204, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfPatientRelatedInstances", "1", "Number of Patient Related Instances" },
    { 0x00201206, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfStudyRelatedSeries", "1", "Number of Study Related Series" },
    { 0x00201208, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfStudyRelatedInstances", "1", "Number of Study Related Instances" },
    { 0x00201209, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfSeriesRelatedInstances", "1", "Number of Series Related Instances" },
    { 0x00203401, 0xFFFFFFFF, DCM_VR_CS, 1, "ModifyingDeviceID", "1", "Modifying Device ID" },
    { 0x00203402, 0xFFFFFFFF, DCM_VR_CS, 1, "ModifiedImageID", "1", "Modified Image ID" },
    { 0x00203403, 0xFFFFFFFF, DCM_VR_DA, 1, "ModifiedImageDate", "1", "Modified Image Date" },
    { 0x00203404, 0xFFFFFFFF, DCM_VR_LO, 1, "ModifyingDeviceManufacturer", "1", "Modifying Device Manufacturer" },
    { 0x00203405, 0xFFFFFFFF, DCM_VR_TM, 1, "ModifiedImageTime", "1", "Modified Image Time" },
    { 0x00203406, 0xFFFFFFFF, DCM_VR_LO, 1, "ModifiedImageDescription", "1", "Modified Image Description" },
    { 0x00204000, 0xFFFFFFFF, DCM_VR_LT, 0, "ImageComments", "1", "Image Comments" },
    { 0x00205000, 0xFFFFFFFF, DCM_VR_AT, 1, "OriginalImageIdentification", "1-n", "Original Image Identification" },
    { 0x00205002, 0xFFFFFFFF, DCM_VR_LO, 1, "OriginalImageIdentificationNomenclature", "1-n", "Original Image Identification Nomenclature" },
    { 0x00209056, 0xFFFFFFFF, DCM_VR_SH, 0, "StackID", "1", "Stack ID" },
    { 0x00209057, 0xFFFFFFFF, DCM_VR_UL, 0, "InStackPositionNumber", "1", "In-Stack Position Number" },
    { 0x00209071, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameAnatomySequence", "1", "Frame Anatomy Sequence" },
    { 0x00209072, 0xFFFFFFFF, DCM_VR_CS, 0, "FrameLaterality", "1", "Frame Laterality" },
    { 0x00209111, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameContentSequence", "1", "Frame Content Sequence" },
    { 0x00209113, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanePositionSequence", "1", "Plane Position Sequence" },
    { 0x00209116, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlaneOrientationSequence", "1", "Plane Orientation Sequence" },
    { 0x00209128, 0xFFFFFFFF, DCM_VR_UL, 0, "TemporalPositionIndex", "1", "Temporal Position Index" },
    { 0x00209153, 0xFFFFFFFF, DCM_VR_FD, 0, "NominalCardiacTriggerDelayTime", "1", "Nominal Cardiac Trigger Delay Time" },
    { 0x00209154, 0xFFFFFFFF, DCM_VR_FL, 0, "NominalCardiacTriggerTimePriorToRPeak", "1", "Nominal Cardiac Trigger Time Prior To R-Peak" },
    { 0x00209155, 0xFFFFFFFF, DCM_VR_FL, 0, "ActualCardiacTriggerTimePriorToRPeak", "1", "Actual Cardiac Trigger Time Prior To R-Peak" },
    { 0x00209156, 0xFFFFFFFF, DCM_VR_US, 0, "FrameAcquisitionNumber", "1", "Frame Acquisition Number" },
    { 0x00209157, 0xFFFFFFFF, DCM_VR_UL, 0, "DimensionIndexValues", "1-n", "Dimension Index Values" },
    { 0x00209158, 0xFFFFFFFF, DCM_VR_LT, 0, "FrameComments", "1", "Frame Comments" },
    { 0x00209161, 0xFFFFFFFF, DCM_VR_UI, 0, "ConcatenationUID", "1", "Concatenation UID" },
    { 0x00209162, 0xFFFFFFFF, DCM_VR_US, 0, "InConcatenationNumber", "1", "In-concatenation Number" },
    { 0x00209163, 0xFFFFFFFF, DCM_VR_US, 0, "InConcatenationTotalNumber", "1", "In-concatenation Total Number" },
    { 0x00209164, 0xFFFFFFFF, DCM_VR_UI, 0, "DimensionOrganizationUID", "1", "Dimension Organization UID" },
    { 0x00209165, 0xFFFFFFFF, DCM_VR_AT, 0, "DimensionIndexPointer", "1", "Dimension Index Pointer" },
    { 0x00209167, 0xFFFFFFFF, DCM_VR_AT, 0, "FunctionalGroupPointer", "1", "Functional Group Pointer" },
    { 0x00209170, 0xFFFFFFFF, DCM_VR_SQ, 0, "UnassignedSharedConvertedAttributesSequence", "1", "Unassigned Shared Converted Attributes Sequence" },
    { 0x00209171, 0xFFFFFFFF, DCM_VR_SQ, 0, "UnassignedPerFrameConvertedAttributesSequence", "1", "Unassigned Per-Frame Converted Attributes Sequence" },
    { 0x00209172, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConversionSourceAttributesSequence", "1", "Conversion Source Attributes Sequence" },
    { 0x00209213, 0xFFFFFFFF, DCM_VR_LO, 0, "DimensionIndexPrivateCreator", "1", "Dimension Index Private Creator" },
    { 0x00209221, 0xFFFFFFFF, DCM_VR_SQ, 0, "DimensionOrganizationSequence", "1", "Dimension Organization Sequence" },
    { 0x00209222, 0xFFFFFFFF, DCM_VR_SQ, 0, "DimensionIndexSequence", "1", "Dimension Index Sequence" },
    { 0x00209228, 0xFFFFFFFF, DCM_VR_UL, 0, "ConcatenationFrameOffsetNumber", "1", "Concatenation Frame Offset Number" },
    { 0x00209238, 0xFFFFFFFF, DCM_VR_LO, 0, "FunctionalGroupPrivateCreator", "1", "Functional Group Private Creator" },
    { 0x00209241, 0xFFFFFFFF, DCM_VR_FL, 0, "NominalPercentageOfCardiacPhase", "1", "Nominal Percentage of Cardiac Phase" },
    { 0x00209245, 0xFFFFFFFF, DCM_VR_FL, 0, "NominalPercentageOfRespiratoryPhase", "1", "Nominal Percentage of Respiratory Phase" },
    { 0x00209246, 0xFFFFFFFF, DCM_VR_FL, 0, "StartingRespiratoryAmplitude", "1", "Starting Respiratory Amplitude" },
    { 0x00209247, 0xFFFFFFFF, DCM_VR_CS, 0, "StartingRespiratoryPhase", "1", "Starting Respiratory Phase" },
    { 0x00209248, 0xFFFFFFFF, DCM_VR_FL, 0, "EndingRespiratoryAmplitude", "1", "Ending Respiratory Amplitude" },
    { 0x00209249, 0xFFFFFFFF, DCM_VR_CS, 0, "EndingRespiratoryPhase", "1", "Ending Respiratory Phase" },
    { 0x00209250, 0xFFFFFFFF, DCM_VR_CS, 0, "RespiratoryTriggerType", "1", "Respiratory Trigger Type" },
    { 0x00209251, 0xFFFFFFFF, DCM_VR_FD, 0, "RRIntervalTimeNominal", "1", "R-R Interval Time Nominal" },
    { 0x00209252, 0xFFFFFFFF, DCM_VR_FD, 0, "ActualCardiacTriggerDelayTime", "1", "Actual Cardiac Trigger Delay Time" },
    { 0x00209253, 0xFFFFFFFF, DCM_VR_SQ, 0, "RespiratorySynchronizationSequence", "1", "Respiratory Synchronization Sequence" },
    { 0x00209254, 0xFFFFFFFF, DCM_VR_FD, 0, "RespiratoryIntervalTime", "1", "Respiratory Interval Time" },
    { 0x00209255, 0xFFFFFFFF, DCM_VR_FD, 0, "NominalRespiratoryTriggerDelayTime", "1", "Nominal Respiratory Trigger Delay Time" },
    { 0x00209256, 0xFFFFFFFF, DCM_VR_FD, 0, "RespiratoryTriggerDelayThreshold", "1", "Respiratory Trigger Delay Threshold" },
    { 0x00209257, 0xFFFFFFFF, DCM_VR_FD, 0, "ActualRespiratoryTriggerDelayTime", "1", "Actual Respiratory Trigger Delay Time" },
    { 0x00209301, 0xFFFFFFFF, DCM_VR_FD, 0, "ImagePositionVolume", "3", "Image Position (Volume)" },
    { 0x00209302, 0xFFFFFFFF, DCM_VR_FD, 0, "ImageOrientationVolume", "6", "Image Orientation (Volume)" },
    { 0x00209307, 0xFFFFFFFF, DCM_VR_CS, 0, "UltrasoundAcquisitionGeometry", "1", "Ultrasound Acquisition Geometry" },
    { 0x00209308, 0xFFFFFFFF, DCM_VR_FD, 0, "ApexPosition", "3", "Apex Position" },
    { 0x00209309, 0xFFFFFFFF, DCM_VR_FD, 0, "VolumeToTransducerMappingMatrix", "16", "Volume to Transducer Mapping Matrix" },
    { 0x0020930A, 0xFFFFFFFF, DCM_VR_FD, 0, "VolumeToTableMappingMatrix", "16", "Volume to Table Mapping Matrix" },
    { 0x0020930B, 0xFFFFFFFF, DCM_VR_CS, 0, "VolumeToTransducerRelationship", "1", "Volume to Transducer Relationship" },
    { 0x0020930C, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientFrameOfReferenceSource", "1", "Patient Frame of Reference Source" },
    { 0x0020930D, 0xFFFFFFFF, DCM_VR_FD, 0, "TemporalPositionTimeOffset", "1", "Temporal Position Time Offset" },
    { 0x0020930E, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanePositionVolumeSequence", "1", "Plane Position (Volume) Sequence" },
    { 0x0020930F, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlaneOrientationVolumeSequence", "1", "Plane Orientation (Volume) Sequence" },
    { 0x00209310, 0xFFFFFFFF, DCM_VR_SQ, 0, "TemporalPositionSequence", "1", "Temporal Position Sequence" },
    { 0x00209311, 0xFFFFFFFF, DCM_VR_CS, 0, "DimensionOrganizationType", "1", "Dimension Organization Type" },
    { 0x00209312, 0xFFFFFFFF, DCM_VR_UI, 0, "VolumeFrameOfReferenceUID", "1", "Volume Frame of Reference UID" },
    { 0x00209313, 0xFFFFFFFF, DCM_VR_UI, 0, "TableFrameOfReferenceUID", "1", "Table Frame of Reference UID" },
    { 0x00209421, 0xFFFFFFFF, DCM_VR_LO, 0, "DimensionDescriptionLabel", "1", "Dimension Description Label" },
    { 0x00209450, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientOrientationInFrameSequence", "1", "Patient Orientation in Frame Sequence" },
    { 0x00209453, 0xFFFFFFFF, DCM_VR_LO, 0, "FrameLabel", "1", "Frame Label" },
    { 0x00209518, 0xFFFFFFFF, DCM_VR_US, 0, "AcquisitionIndex", "1-n", "Acquisition Index" },
    { 0x00209529, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContributingSOPInstancesReferenceSequence", "1", "Contributing SOP Instances Reference Sequence" },
    { 0x00209536, 0xFFFFFFFF, DCM_VR_US, 0, "ReconstructionIndex", "1", "Reconstruction Index" },
    { 0x00220001, 0xFFFFFFFF, DCM_VR_US, 0, "LightPathFilterPassThroughWavelength", "1", "Light Path Filter Pass-Through Wavelength" },
    { 0x00220002, 0xFFFFFFFF, DCM_VR_US, 0, "LightPathFilterPassBand", "2", "Light Path Filter Pass Band" },
    { 0x00220003, 0xFFFFFFFF, DCM_VR_US, 0, "ImagePathFilterPassThroughWavelength", "1", "Image Path Filter Pass-Through Wavelength" },
    { 0x00220004, 0xFFFFFFFF, DCM_VR_US, 0, "ImagePathFilterPassBand", "2", "Image Path Filter Pass Band" },
    { 0x00220005, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientEyeMovementCommanded", "1", "Patient Eye Movement Commanded" },
    { 0x00220006, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientEyeMovementCommandCodeSequence", "1", "Patient Eye Movement Command Code Sequence" },
    { 0x00220007, 0xFFFFFFFF, DCM_VR_FL, 0, "SphericalLensPower", "1", "Spherical Lens Power" },
    { 0x00220008, 0xFFFFFFFF, DCM_VR_FL, 0, "CylinderLensPower", "1", "Cylinder Lens Power" },
    { 0x00220009, 0xFFFFFFFF, DCM_VR_FL, 0, "CylinderAxis", "1", "Cylinder Axis" },
    { 0x0022000A, 0xFFFFFFFF, DCM_VR_FL, 0, "EmmetropicMagnification", "1", "Emmetropic Magnification" },
    { 0x0022000B, 0xFFFFFFFF, DCM_VR_FL, 0, "IntraOcularPressure", "1", "Intra Ocular Pressure" },
    { 0x0022000C, 0xFFFFFFFF, DCM_VR_FL, 0, "HorizontalFieldOfView", "1", "Horizontal Field of View" },
    { 0x0022000D, 0xFFFFFFFF, DCM_VR_CS, 0, "PupilDilated", "1", "Pupil Dilated" },
    { 0x0022000E, 0xFFFFFFFF, DCM_VR_FL, 0, "DegreeOfDilation", "1", "Degree of Dilation" },
    { 0x00220010, 0xFFFFFFFF, DCM_VR_FL, 0, "StereoBaselineAngle", "1", "Stereo Baseline Angle" },
    { 0x00220011, 0xFFFFFFFF, DCM_VR_FL, 0, "StereoBaselineDisplacement", "1", "Stereo Baseline Displacement" },
    { 0x00220012, 0xFFFFFFFF, DCM_VR_FL, 0, "StereoHorizontalPixelOffset", "1", "Stereo Horizontal Pixel Offset" },
    { 0x00220013, 0xFFFFFFFF, DCM_VR_FL, 0, "StereoVerticalPixelOffset", "1", "Stereo Vertical Pixel Offset" },
    { 0x00220014, 0xFFFFFFFF, DCM_VR_FL, 0, "StereoRotation", "1", "Stereo Rotation" },
    { 0x00220015, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionDeviceTypeCodeSequence", "1", "Acquisition Device Type Code Sequence" },
    { 0x00220016, 0xFFFFFFFF, DCM_VR_SQ, 0, "IlluminationTypeCodeSequence", "1", "Illumination Type Code Sequence" },
    { 0x00220017, 0xFFFFFFFF, DCM_VR_SQ, 0, "LightPathFilterTypeStackCodeSequence", "1", "Light Path Filter Type Stack Code Sequence" },
    { 0x00220018, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImagePathFilterTypeStackCodeSequence", "1", "Image Path Filter Type Stack Code Sequence" },
    { 0x00220019, 0xFFFFFFFF, DCM_VR_SQ, 0, "LensesCodeSequence", "1", "Lenses Code Sequence" },
    { 0x0022001A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelDescriptionCodeSequence", "1", "Channel Description Code Sequence" },
    { 0x0022001B, 0xFFFFFFFF, DCM_VR_SQ, 0, "RefractiveStateSequence", "1", "Refractive State Sequence" },
    { 0x0022001C, 0xFFFFFFFF, DCM_VR_SQ, 0, "MydriaticAgentCodeSequence", "1", "Mydriatic Agent Code Sequence" },
    { 0x0022001D, 0xFFFFFFFF, DCM_VR_SQ, 0, "RelativeImagePositionCodeSequence", "1", "Relative Image Position Code Sequence" },
    { 0x0022001E, 0xFFFFFFFF, DCM_VR_FL, 0, "CameraAngleOfView", "1", "Camera Angle of View" },
    { 0x00220020, 0xFFFFFFFF, DCM_VR_SQ, 0, "StereoPairsSequence", "1", "Stereo Pairs Sequence" },
    { 0x00220021, 0xFFFFFFFF, DCM_VR_SQ, 0, "LeftImageSequence", "1", "Left Image Sequence" },
    { 0x00220022, 0xFFFFFFFF, DCM_VR_SQ, 0, "RightImageSequence", "1", "Right Image Sequence" },
    { 0x00220028, 0xFFFFFFFF, DCM_VR_CS, 0, "StereoPairsPresent", "1", "Stereo Pairs Present" },
    { 0x00220030, 0xFFFFFFFF, DCM_VR_FL, 0, "AxialLengthOfTheEye", "1", "Axial Length of the Eye" },
    { 0x00220031, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicFrameLocationSequence", "1", "Ophthalmic Frame Location Sequence" },
    { 0x00220032, 0xFFFFFFFF, DCM_VR_FL, 0, "ReferenceCoordinates", "2-2n", "Reference Coordinates" },
    { 0x00220035, 0xFFFFFFFF, DCM_VR_FL, 0, "DepthSpatialResolution", "1", "Depth Spatial Resolution" },
    { 0x00220036, 0xFFFFFFFF, DCM_VR_FL, 0, "MaximumDepthDistortion", "1", "Maximum Depth Distortion" },
    { 0x00220037, 0xFFFFFFFF, DCM_VR_FL, 0, "AlongScanSpatialResolution", "1", "Along-scan Spatial Resolution" },
    { 0x00220038, 0xFFFFFFFF, DCM_VR_FL, 0, "MaximumAlongScanDistortion", "1", "Maximum Along-scan Distortion" },
    { 0x00220039, 0xFFFFFFFF, DCM_VR_CS, 0, "OphthalmicImageOrientation", "1", "Ophthalmic Image Orientation" },
    { 0x00220041, 0xFFFFFFFF, DCM_VR_FL, 0, "DepthOfTransverseImage", "1", "Depth of Transverse Image" },
    { 0x00220042, 0xFFFFFFFF, DCM_VR_SQ, 0, "MydriaticAgentConcentrationUnitsSequence", "1", "Mydriatic Agent Concentration Units Sequence" },
    { 0x00220048, 0xFFFFFFFF, DCM_VR_FL, 0, "AcrossScanSpatialResolution", "1", "Across-scan Spatial Resolution" },
    { 0x00220049, 0xFFFFFFFF, DCM_VR_FL, 0, "MaximumAcrossScanDistortion", "1", "Maximum Across-scan Distortion" },
    { 0x0022004E, 0xFFFFFFFF, DCM_VR_DS, 0, "MydriaticAgentConcentration", "1", "Mydriatic Agent Concentration" },
    { 0x00220055, 0xFFFFFFFF, DCM_VR_FL, 0, "IlluminationWaveLength", "1", "Illumination Wave Length" },
    { 0x00220056, 0xFFFFFFFF, DCM_VR_FL, 0, "IlluminationPower", "1", "Illumination Power" },
    { 0x00220057, 0xFFFFFFFF, DCM_VR_FL, 0, "IlluminationBandwidth", "1", "Illumination Bandwidth" },
    { 0x00220058, 0xFFFFFFFF, DCM_VR_SQ, 0, "MydriaticAgentSequence", "1", "Mydriatic Agent Sequence" },
    { 0x00221007, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialMeasurementsRightEyeSequence", "1", "Ophthalmic Axial Measurements Right Eye Sequence" },
    { 0x00221008, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialMeasurementsLeftEyeSequence", "1", "Ophthalmic Axial Measurements Left Eye Sequence" },
    { 0x00221009, 0xFFFFFFFF, DCM_VR_CS, 0, "OphthalmicAxialMeasurementsDeviceType", "1", "Ophthalmic Axial Measurements Device Type" },
    { 0x00221010, 0xFFFFFFFF, DCM_VR_CS, 0, "OphthalmicAxialLengthMeasurementsType", "1", "Ophthalmic Axial Length Measurements Type" },
    { 0x00221012, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthSequence", "1", "Ophthalmic Axial Length Sequence" },
    { 0x00221019, 0xFFFFFFFF, DCM_VR_FL, 0, "OphthalmicAxialLength", "1", "Ophthalmic Axial Length" },
    { 0x00221024, 0xFFFFFFFF, DCM_VR_SQ, 0, "LensStatusCodeSequence", "1", "Lens Status Code Sequence" },
    { 0x00221025, 0xFFFFFFFF, DCM_VR_SQ, 0, "VitreousStatusCodeSequence", "1", "Vitreous Status Code Sequence" },
    { 0x00221028, 0xFFFFFFFF, DCM_VR_SQ, 0, "IOLFormulaCodeSequence", "1", "IOL Formula Code Sequence" },
    { 0x00221029, 0xFFFFFFFF, DCM_VR_LO, 0, "IOLFormulaDetail", "1", "IOL Formula Detail" },
    { 0x00221033, 0xFFFFFFFF, DCM_VR_FL, 0, "KeratometerIndex", "1", "Keratometer Index" },
    { 0x00221035, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceOfOphthalmicAxialLengthCodeSequence", "1", "Source of Ophthalmic Axial Length Code Sequence" },
    { 0x00221036, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceOfCornealSizeDataCodeSequence", "1", "Source of Corneal Size Data Code Sequence" },
    { 0x00221037, 0xFFFFFFFF, DCM_VR_FL, 0, "TargetRefraction", "1", "Target Refraction" },
    { 0x00221039, 0xFFFFFFFF, DCM_VR_CS, 0, "RefractiveProcedureOccurred", "1", "Refractive Procedure Occurred" },
    { 0x00221040, 0xFFFFFFFF, DCM_VR_SQ, 0, "RefractiveSurgeryTypeCodeSequence", "1", "Refractive Surgery Type Code Sequence" },
    { 0x00221044, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicUltrasoundMethodCodeSequence", "1", "Ophthalmic Ultrasound Method Code Sequence" },
    { 0x00221045, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurgicallyInducedAstigmatismSequence", "1", "Surgically Induced Astigmatism Sequence" },
    { 0x00221046, 0xFFFFFFFF, DCM_VR_CS, 0, "TypeOfOpticalCorrection", "1", "Type of Optical Correction" },
    { 0x00221047, 0xFFFFFFFF, DCM_VR_SQ, 0, "ToricIOLPowerSequence", "1", "Toric IOL Power Sequence" },
    { 0x00221048, 0xFFFFFFFF, DCM_VR_SQ, 0, "PredictedToricErrorSequence", "1", "Predicted Toric Error Sequence" },
    { 0x00221049, 0xFFFFFFFF, DCM_VR_CS, 0, "PreSelectedForImplantation", "1", "Pre-Selected for Implantation" },
    { 0x0022104A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ToricIOLPowerForExactEmmetropiaSequence", "1", "Toric IOL Power for Exact Emmetropia Sequence" },
    { 0x0022104B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ToricIOLPowerForExactTargetRefractionSequence", "1", "Toric IOL Power for Exact Target Refraction Sequence" },
    { 0x00221050, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthMeasurementsSequence", "1", "Ophthalmic Axial Length Measurements Sequence" },
    { 0x00221053, 0xFFFFFFFF, DCM_VR_FL, 0, "IOLPower", "1", "IOL Power" },
    { 0x00221054, 0xFFFFFFFF, DCM_VR_FL, 0, "PredictedRefractiveError", "1", "Predicted Refractive Error" },
    { 0x00221059, 0xFFFFFFFF, DCM_VR_FL, 0, "OphthalmicAxialLengthVelocity", "1", "Ophthalmic Axial Length Velocity" },
    { 0x00221065, 0xFFFFFFFF, DCM_VR_LO, 0, "LensStatusDescription", "1", "Lens Status Description" },
    { 0x00221066, 0xFFFFFFFF, DCM_VR_LO, 0, "VitreousStatusDescription", "1", "Vitreous Status Description" },
    { 0x00221090, 0xFFFFFFFF, DCM_VR_SQ, 0, "IOLPowerSequence", "1", "IOL Power Sequence" },
    { 0x00221092, 0xFFFFFFFF, DCM_VR_SQ, 0, "LensConstantSequence", "1", "Lens Constant Sequence" },
    { 0x00221093, 0xFFFFFFFF, DCM_VR_LO, 0, "IOLManufacturer", "1", "IOL Manufacturer" },
    { 0x00221094, 0xFFFFFFFF, DCM_VR_LO, 1, "LensConstantDescription", "1", "Lens Constant Description" },
    { 0x00221095, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantName", "1", "Implant Name" },
    { 0x00221096, 0xFFFFFFFF, DCM_VR_SQ, 0, "KeratometryMeasurementTypeCodeSequence", "1", "Keratometry Measurement Type Code Sequence" },
    { 0x00221097, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantPartNumber", "1", "Implant Part Number" },
    { 0x00221100, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedOphthalmicAxialMeasurementsSequence", "1", "Referenced Ophthalmic Axial Measurements Sequence" },
    { 0x00221101, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence", "1", "Ophthalmic Axial Length Measurements Segment Name Code Sequence" },
    { 0x00221103, 0xFFFFFFFF, DCM_VR_SQ, 0, "RefractiveErrorBeforeRefractiveSurgeryCodeSequence", "1", "Refractive Error Before Refractive Surgery Code Sequence" },
    { 0x00221121, 0xFFFFFFFF, DCM_VR_FL, 0, "IOLPowerForExactEmmetropia", "1", "IOL Power For Exact Emmetropia" },
    { 0x00221122, 0xFFFFFFFF, DCM_VR_FL, 0, "IOLPowerForExactTargetRefraction", "1", "IOL Power For Exact Target Refraction" },
    { 0x00221125, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnteriorChamberDepthDefinitionCodeSequence", "1", "Anterior Chamber Depth Definition Code Sequence" },
    { 0x00221127, 0xFFFFFFFF, DCM_VR_SQ, 0, "LensThicknessSequence", "1", "Lens Thickness Sequence" },
    { 0x00221128, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnteriorChamberDepthSequence", "1", "Anterior Chamber Depth Sequence" },
    { 0x0022112A, 0xFFFFFFFF, DCM_VR_SQ, 0, "CalculationCommentSequence", "1", "Calculation Comment Sequence" },
    { 0x0022112B, 0xFFFFFFFF, DCM_VR_CS, 0, "CalculationCommentType", "1", "Calculation Comment Type" },
    { 0x0022112C, 0xFFFFFFFF, DCM_VR_LT, 0, "CalculationComment", "1", "Calculation Comment" },
    { 0x00221130, 0xFFFFFFFF, DCM_VR_FL, 0, "LensThickness", "1", "Lens Thickness" },
    { 0x00221131, 0xFFFFFFFF, DCM_VR_FL, 0, "AnteriorChamberDepth", "1", "Anterior Chamber Depth" },
    { 0x00221132, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceOfLensThicknessDataCodeSequence", "1", "Source of Lens Thickness Data Code Sequence" },
    { 0x00221133, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceOfAnteriorChamberDepthDataCodeSequence", "1", "Source of Anterior Chamber Depth Data Code Sequence" },
    { 0x00221134, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceOfRefractiveMeasurementsSequence", "1", "Source of Refractive Measurements Sequence" },
    { 0x00221135, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceOfRefractiveMeasurementsCodeSequence", "1", "Source of Refractive Measurements Code Sequence" },
    { 0x00221140, 0xFFFFFFFF, DCM_VR_CS, 0, "OphthalmicAxialLengthMeasurementModified", "1", "Ophthalmic Axial Length Measurement Modified" },
    { 0x00221150, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthDataSourceCodeSequence", "1", "Ophthalmic Axial Length Data Source Code Sequence" },
    { 0x00221153, 0xFFFFFFFF, DCM_VR_SQ, 1, "OphthalmicAxialLengthAcquisitionMethodCodeSequence", "1", "Ophthalmic Axial Length Acquisition Method Code Sequence" },
    { 0x00221155, 0xFFFFFFFF, DCM_VR_FL, 0, "SignalToNoiseRatio", "1", "Signal to Noise Ratio" },
    { 0x00221159, 0xFFFFFFFF, DCM_VR_LO, 0, "OphthalmicAxialLengthDataSourceDescription", "1", "Ophthalmic Axial Length Data Source Description" },
    { 0x00221210, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthMeasurementsTotalLengthSequence", "1", "Ophthalmic Axial Length Measurements Total Length Sequence" },
    { 0x00221211, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthMeasurementsSegmentalLengthSequence", "1", "Ophthalmic Axial Length Measurements Segmental Length Sequence" },
    { 0x00221212, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthMeasurementsLengthSummationSequence", "1", "Ophthalmic Axial Length Measurements Length Summation Sequence" },
    { 0x00221220, 0xFFFFFFFF, DCM_VR_SQ, 0, "UltrasoundOphthalmicAxialLengthMeasurementsSequence", "1", "Ultrasound Ophthalmic Axial Length Measurements Sequence" },
    { 0x00221225, 0xFFFFFFFF, DCM_VR_SQ, 0, "OpticalOphthalmicAxialLengthMeasurementsSequence", "1", "Optical Ophthalmic Axial Length Measurements Sequence" },
    { 0x00221230, 0xFFFFFFFF, DCM_VR_SQ, 0, "UltrasoundSelectedOphthalmicAxialLengthSequence", "1", "Ultrasound Selected Ophthalmic Axial Length Sequence" },
    { 0x00221250, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthSelectionMethodCodeSequence", "1", "Ophthalmic Axial Length Selection Method Code Sequence" },
    { 0x00221255, 0xFFFFFFFF, DCM_VR_SQ, 0, "OpticalSelectedOphthalmicAxialLengthSequence", "1", "Optical Selected Ophthalmic Axial Length Sequence" },
    { 0x00221257, 0xFFFFFFFF, DCM_VR_SQ, 0, "SelectedSegmentalOphthalmicAxialLengthSequence", "1", "Selected Segmental Ophthalmic Axial Length Sequence" },
    { 0x00221260, 0xFFFFFFFF, DCM_VR_SQ, 0, "SelectedTotalOphthalmicAxialLengthSequence", "1", "Selected Total Ophthalmic Axial Length Sequence" },
    { 0x00221262, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicAxialLengthQualityMetricSequence", "1", "Ophthalmic Axial Length Quality Metric Sequence" },
    { 0x00221265, 0xFFFFFFFF, DCM_VR_SQ, 1, "OphthalmicAxialLengthQualityMetricTypeCodeSequence", "1", "Ophthalmic Axial Length Quality Metric Type Code Sequence" },
    { 0x00221273, 0xFFFFFFFF, DCM_VR_LO, 1, "OphthalmicAxialLengthQualityMetricTypeDescription", "1", "Ophthalmic Axial Length Quality Metric Type Description" },
    { 0x00221300, 0xFFFFFFFF, DCM_VR_SQ, 0, "IntraocularLensCalculationsRightEyeSequence", "1", "Intraocular Lens Calculations Right Eye Sequence" },
    { 0x00221310, 0xFFFFFFFF, DCM_VR_SQ, 0, "IntraocularLensCalculationsLeftEyeSequence", "1", "Intraocular Lens Calculations Left Eye Sequence" },
    { 0x00221330, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedOphthalmicAxialLengthMeasurementQCImageSequence", "1", "Referenced Ophthalmic Axial Length Measurement QC Image Sequence" },
    { 0x00221415, 0xFFFFFFFF, DCM_VR_CS, 0, "OphthalmicMappingDeviceType", "1", "Ophthalmic Mapping Device Type" },
    { 0x00221420, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionMethodCodeSequence", "1", "Acquisition Method Code Sequence" },
    { 0x00221423, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionMethodAlgorithmSequence", "1", "Acquisition Method Algorithm Sequence" },
    { 0x00221436, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicThicknessMapTypeCodeSequence", "1", "Ophthalmic Thickness Map Type Code Sequence" },
    { 0x00221443, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicThicknessMappingNormalsSequence", "1", "Ophthalmic Thickness Mapping Normals Sequence" },
    { 0x00221445, 0xFFFFFFFF, DCM_VR_SQ, 0, "RetinalThicknessDefinitionCodeSequence", "1", "Retinal Thickness Definition Code Sequence" },
    { 0x00221450, 0xFFFFFFFF, DCM_VR_SQ, 0, "PixelValueMappingToCodedConceptSequence", "1", "Pixel Value Mapping to Coded Concept Sequence" },
    { 0x00221452, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "MappedPixelValue", "1", "Mapped Pixel Value" },
    { 0x00221454, 0xFFFFFFFF, DCM_VR_LO, 0, "PixelValueMappingExplanation", "1", "Pixel Value Mapping Explanation" },
    { 0x00221458, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicThicknessMapQualityThresholdSequence", "1", "Ophthalmic Thickness Map Quality Threshold Sequence" },
    { 0x00221460, 0xFFFFFFFF, DCM_VR_FL, 0, "OphthalmicThicknessMapThresholdQualityRating", "1", "Ophthalmic Thickness Map Threshold Quality Rating" },
    { 0x00221463, 0xFFFFFFFF, DCM_VR_FL, 0, "AnatomicStructureReferencePoint", "2", "Anatomic Structure Reference Point" },
    { 0x00221465, 0xFFFFFFFF, DCM_VR_SQ, 0, "RegistrationToLocalizerSequence", "1", "Registration to Localizer Sequence" },
    { 0x00221466, 0xFFFFFFFF, DCM_VR_CS, 0, "RegisteredLocalizerUnits", "1", "Registered Localizer Units" },
    { 0x00221467, 0xFFFFFFFF, DCM_VR_FL, 0, "RegisteredLocalizerTopLeftHandCorner", "2", "Registered Localizer Top Left Hand Corner" },
    { 0x00221468, 0xFFFFFFFF, DCM_VR_FL, 0, "RegisteredLocalizerBottomRightHandCorner", "2", "Registered Localizer Bottom Right Hand Corner" },
    { 0x00221470, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicThicknessMapQualityRatingSequence", "1", "Ophthalmic Thickness Map Quality Rating Sequence" },
    { 0x00221472, 0xFFFFFFFF, DCM_VR_SQ, 0, "RelevantOPTAttributesSequence", "1", "Relevant OPT Attributes Sequence" },
    { 0x00221512, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransformationMethodCodeSequence", "1", "Transformation Method Code Sequence" },
    { 0x00221513, 0xFFFFFFFF, DCM_VR_SQ, 0, "TransformationAlgorithmSequence", "1", "Transformation Algorithm Sequence" },
    { 0x00221515, 0xFFFFFFFF, DCM_VR_CS, 0, "OphthalmicAxialLengthMethod", "1", "Ophthalmic Axial Length Method" },
    { 0x00221517, 0xFFFFFFFF, DCM_VR_FL, 0, "OphthalmicFOV", "1", "Ophthalmic FOV" },
    { 0x00221518, 0xFFFFFFFF, DCM_VR_SQ, 0, "TwoDimensionalToThreeDimensionalMapSequence", "1", "Two Dimensional to Three Dimensional Map Sequence" },
    { 0x00221525, 0xFFFFFFFF, DCM_VR_SQ, 0, "WideFieldOphthalmicPhotographyQualityRatingSequence", "1", "Wide Field Ophthalmic Photography Quality Rating Sequence" },
    { 0x00221526, 0xFFFFFFFF, DCM_VR_SQ, 0, "WideFieldOphthalmicPhotographyQualityThresholdSequence", "1", "Wide Field Ophthalmic Photography Quality Threshold Sequence" },
    { 0x00221527, 0xFFFFFFFF, DCM_VR_FL, 0, "WideFieldOphthalmicPhotographyThresholdQualityRating", "1", "Wide Field Ophthalmic Photography Threshold Quality Rating" },
    { 0x00221528, 0xFFFFFFFF, DCM_VR_FL, 0, "XCoordinatesCenterPixelViewAngle", "1", "X Coordinates Center Pixel View Angle" },
    { 0x00221529, 0xFFFFFFFF, DCM_VR_FL, 0, "YCoordinatesCenterPixelViewAngle", "1", "Y Coordinates Center Pixel View Angle" },
    { 0x00221530, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfMapPoints", "1", "Number of Map Points" },
    { 0x00221531, 0xFFFFFFFF, DCM_VR_OF, 0, "TwoDimensionalToThreeDimensionalMapData", "1", "Two Dimensional to Three Dimensional Map Data" },
    { 0x00221612, 0xFFFFFFFF, DCM_VR_SQ, 0, "DerivationAlgorithmSequence", "1", "Derivation Algorithm Sequence" },
    { 0x00221615, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicImageTypeCodeSequence", "1", "Ophthalmic Image Type Code Sequence" },
    { 0x00221616, 0xFFFFFFFF, DCM_VR_LO, 0, "OphthalmicImageTypeDescription", "1", "Ophthalmic Image Type Description" },
    { 0x00221618, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScanPatternTypeCodeSequence", "1", "Scan Pattern Type Code Sequence" },
    { 0x00221620, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSurfaceMeshIdentificationSequence", "1", "Referenced Surface Mesh Identification Sequence" },
    { 0x00221622, 0xFFFFFFFF, DCM_VR_CS, 0, "OphthalmicVolumetricPropertiesFlag", "1", "Ophthalmic Volumetric Properties Flag" },
    { 0x00221624, 0xFFFFFFFF, DCM_VR_FL, 0, "OphthalmicAnatomicReferencePointXCoordinate", "1", "Ophthalmic Anatomic Reference Point X-Coordinate" },
    { 0x00221626, 0xFFFFFFFF, DCM_VR_FL, 0, "OphthalmicAnatomicReferencePointYCoordinate", "1", "Ophthalmic Anatomic Reference Point Y-Coordinate" },
    { 0x00221628, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicEnFaceImageQualityRatingSequence", "1", "Ophthalmic En Face Image Quality Rating Sequence" },
    { 0x00221630, 0xFFFFFFFF, DCM_VR_DS, 0, "QualityThreshold", "1", "Quality Threshold" },
    { 0x00221640, 0xFFFFFFFF, DCM_VR_SQ, 0, "OCTBscanAnalysisAcquisitionParametersSequence", "1", "OCT B-scan Analysis Acquisition Parameters Sequence" },
    { 0x00221642, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfBscansPerFrame", "1", "Number of B-scans Per Frame" },
    { 0x00221643, 0xFFFFFFFF, DCM_VR_FL, 0, "BscanSlabThickness", "1", "B-scan Slab Thickness" },
    { 0x00221644, 0xFFFFFFFF, DCM_VR_FL, 0, "DistanceBetweenBscanSlabs", "1", "Distance Between B-scan Slabs" },
    { 0x00221645, 0xFFFFFFFF, DCM_VR_FL, 0, "BscanCycleTime", "1", "B-scan Cycle Time" },
    { 0x00221646, 0xFFFFFFFF, DCM_VR_FL, 0, "BscanCycleTimeVector", "1-n", "B-scan Cycle Time Vector" },
    { 0x00221649, 0xFFFFFFFF, DCM_VR_FL, 0, "AscanRate", "1", "A-scan Rate" },
    { 0x00221650, 0xFFFFFFFF, DCM_VR_FL, 0, "BscanRate", "1", "B-scan Rate" },
    { 0x00221658, 0xFFFFFFFF, DCM_VR_UL, 0, "SurfaceMeshZPixelOffset", "1", "Surface Mesh Z-Pixel Offset" },
    { 0x00240010, 0xFFFFFFFF, DCM_VR_FL, 0, "VisualFieldHorizontalExtent", "1", "Visual Field Horizontal Extent" },
    { 0x00240011, 0xFFFFFFFF, DCM_VR_FL, 0, "VisualFieldVerticalExtent", "1", "Visual Field Vertical Extent" },
    { 0x00240012, 0xFFFFFFFF, DCM_VR_CS, 0, "VisualFieldShape", "1", "Visual Field Shape" },
    { 0x00240016, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScreeningTestModeCodeSequence", "1", "Screening Test Mode Code Sequence" },
    { 0x00240018, 0xFFFFFFFF, DCM_VR_FL, 0, "MaximumStimulusLuminance", "1", "Maximum Stimulus Luminance" },
    { 0x00240020, 0xFFFFFFFF, DCM_VR_FL, 0, "BackgroundLuminance", "1", "Background Luminance" },
    { 0x00240021, 0xFFFFFFFF, DCM_VR_SQ, 0, "StimulusColorCodeSequence", "1", "Stimulus Color Code Sequence" },
    { 0x00240024, 0xFFFFFFFF, DCM_VR_SQ, 0, "BackgroundIlluminationColorCodeSequence", "1", "Background Illumination Color Code Sequence" },
    { 0x00240025, 0xFFFFFFFF, DCM_VR_FL, 0, "StimulusArea", "1", "Stimulus Area" },
    { 0x00240028, 0xFFFFFFFF, DCM_VR_FL, 0, "StimulusPresentationTime", "1", "Stimulus Presentation Time" },
    { 0x00240032, 0xFFFFFFFF, DCM_VR_SQ, 0, "FixationSequence", "1", "Fixation Sequence" },
    { 0x00240033, 0xFFFFFFFF, DCM_VR_SQ, 0, "FixationMonitoringCodeSequence", "1", "Fixation Monitoring Code Sequence" },
    { 0x00240034, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualFieldCatchTrialSequence", "1", "Visual Field Catch Trial Sequence" },
    { 0x00240035, 0xFFFFFFFF, DCM_VR_US, 0, "FixationCheckedQuantity", "1", "Fixation Checked Quantity" },
    { 0x00240036, 0xFFFFFFFF, DCM_VR_US, 0, "PatientNotProperlyFixatedQuantity", "1", "Patient Not Properly Fixated Quantity" },
    { 0x00240037, 0xFFFFFFFF, DCM_VR_CS, 0, "PresentedVisualStimuliDataFlag", "1", "Presented Visual Stimuli Data Flag" },
    { 0x00240038, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfVisualStimuli", "1", "Number of Visual Stimuli" },
    { 0x00240039, 0xFFFFFFFF, DCM_VR_CS, 0, "ExcessiveFixationLossesDataFlag", "1", "Excessive Fixation Losses Data Flag" },
    { 0x00240040, 0xFFFFFFFF, DCM_VR_CS, 0, "ExcessiveFixationLosses", "1", "Excessive Fixation Losses" },
    { 0x00240042, 0xFFFFFFFF, DCM_VR_US, 0, "StimuliRetestingQuantity", "1", "Stimuli Retesting Quantity" },
    { 0x00240044, 0xFFFFFFFF, DCM_VR_LT, 0, "CommentsOnPatientPerformanceOfVisualField", "1", "Comments on Patient's Performance of Visual Field" },
    { 0x00240045, 0xFFFFFFFF, DCM_VR_CS, 0, "FalseNegativesEstimateFlag", "1", "False Negatives Estimate Flag" },
    { 0x00240046, 0xFFFFFFFF, DCM_VR_FL, 0, "FalseNegativesEstimate", "1", "False Negatives Estimate" },
    { 0x00240048, 0xFFFFFFFF, DCM_VR_US, 0, "NegativeCatchTrialsQuantity", "1", "Negative Catch Trials Quantity" },
    { 0x00240050, 0xFFFFFFFF, DCM_VR_US, 0, "FalseNegativesQuantity", "1", "False Negatives Quantity" },
    { 0x00240051, 0xFFFFFFFF, DCM_VR_CS, 0, "ExcessiveFalseNegativesDataFlag", "1", "Excessive False Negatives Data Flag" },
    { 0x00240052, 0xFFFFFFFF, DCM_VR_CS, 0, "ExcessiveFalseNegatives", "1", "Excessive False Negatives" },
    { 0x00240053, 0xFFFFFFFF, DCM_VR_CS, 0, "FalsePositivesEstimateFlag", "1", "False Positives Estimate Flag" },
    { 0x00240054, 0xFFFFFFFF, DCM_VR_FL, 0, "FalsePositivesEstimate", "1", "False Positives Estimate" },
    { 0x00240055, 0xFFFFFFFF, DCM_VR_CS, 0, "CatchTrialsDataFlag", "1", "Catch Trials Data Flag" },
    { 0x00240056, 0xFFFFFFFF, DCM_VR_US, 0, "PositiveCatchTrialsQuantity", "1", "Positive Catch Trials Quantity" },
    { 0x00240057, 0xFFFFFFFF, DCM_VR_CS, 0, "TestPointNormalsDataFlag", "1", "Test Point Normals Data Flag" },
    { 0x00240058, 0xFFFFFFFF, DCM_VR_SQ, 0, "TestPointNormalsSequence", "1", "Test Point Normals Sequence" },
    { 0x00240059, 0xFFFFFFFF, DCM_VR_CS, 0, "GlobalDeviationProbabilityNormalsFlag", "1", "Global Deviation Probability Normals Flag" },
    { 0x00240060, 0xFFFFFFFF, DCM_VR_US, 0, "FalsePositivesQuantity", "1", "False Positives Quantity" },
    { 0x00240061, 0xFFFFFFFF, DCM_VR_CS, 0, "ExcessiveFalsePositivesDataFlag", "1", "Excessive False Positives Data Flag" },
    { 0x00240062, 0xFFFFFFFF, DCM_VR_CS, 0, "ExcessiveFalsePositives", "1", "Excessive False Positives" },
    { 0x00240063, 0xFFFFFFFF, DCM_VR_CS, 0, "VisualFieldTestNormalsFlag", "1", "Visual Field Test Normals Flag" },
    { 0x00240064, 0xFFFFFFFF, DCM_VR_SQ, 0, "ResultsNormalsSequence", "1", "Results Normals Sequence" },
    { 0x00240065, 0xFFFFFFFF, DCM_VR_SQ, 0, "AgeCorrectedSensitivityDeviationAlgorithmSequence", "1", "Age Corrected Sensitivity Deviation Algorithm Sequence" },
    { 0x00240066, 0xFFFFFFFF, DCM_VR_FL, 0, "GlobalDeviationFromNormal", "1", "Global Deviation From Normal" },
    { 0x00240067, 0xFFFFFFFF, DCM_VR_SQ, 0, "GeneralizedDefectSensitivityDeviationAlgorithmSequence", "1", "Generalized Defect Sensitivity Deviation Algorithm Sequence" },
    { 0x00240068, 0xFFFFFFFF, DCM_VR_FL, 0, "LocalizedDeviationFromNormal", "1", "Localized Deviation From Normal" },
    { 0x00240069, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientReliabilityIndicator", "1", "Patient Reliability Indicator" },
    { 0x00240070, 0xFFFFFFFF, DCM_VR_FL, 0, "VisualFieldMeanSensitivity", "1", "Visual Field Mean Sensitivity" },
    { 0x00240071, 0xFFFFFFFF, DCM_VR_FL, 0, "GlobalDeviationProbability", "1", "Global Deviation Probability" },
    { 0x00240072, 0xFFFFFFFF, DCM_VR_CS, 0, "LocalDeviationProbabilityNormalsFlag", "1", "Local Deviation Probability Normals Flag" },
    { 0x00240073, 0xFFFFFFFF, DCM_VR_FL, 0, "LocalizedDeviationProbability", "1", "Localized Deviation Probability" },
    { 0x00240074, 0xFFFFFFFF, DCM_VR_CS, 0, "ShortTermFluctuationCalculated", "1", "Short Term Fluctuation Calculated" },
    { 0x00240075, 0xFFFFFFFF, DCM_VR_FL, 0, "ShortTermFluctuation", "1", "Short Term Fluctuation" },
    { 0x00240076, 0xFFFFFFFF, DCM_VR_CS, 0, "ShortTermFluctuationProbabilityCalculated", "1", "Short Term Fluctuation Probability Calculated" },
    { 0x00240077, 0xFFFFFFFF, DCM_VR_FL, 0, "ShortTermFluctuationProbability", "1", "Short Term Fluctuation Probability" },
    { 0x00240078, 0xFFFFFFFF, DCM_VR_CS, 0, "CorrectedLocalizedDeviationFromNormalCalculated", "1", "Corrected Localized Deviation From Normal Calculated" },
    { 0x00240079, 0xFFFFFFFF, DCM_VR_FL, 0, "CorrectedLocalizedDeviationFromNormal", "1", "Corrected Localized Deviation From Normal" },
    { 0x00240080, 0xFFFFFFFF, DCM_VR_CS, 0, "CorrectedLocalizedDeviationFromNormalProbabilityCalculated", "1", "Corrected Localized Deviation From Normal Probability Calculated" },
    { 0x00240081, 0xFFFFFFFF, DCM_VR_FL, 0, "CorrectedLocalizedDeviationFromNormalProbability", "1", "Corrected Localized Deviation From Normal Probability" },
    { 0x00240083, 0xFFFFFFFF, DCM_VR_SQ, 0, "GlobalDeviationProbabilitySequence", "1", "Global Deviation Probability Sequence" },
    { 0x00240085, 0xFFFFFFFF, DCM_VR_SQ, 0, "LocalizedDeviationProbabilitySequence", "1", "Localized Deviation Probability Sequence" },
    { 0x00240086, 0xFFFFFFFF, DCM_VR_CS, 0, "FovealSensitivityMeasured", "1", "Foveal Sensitivity Measured" },
    { 0x00240087, 0xFFFFFFFF, DCM_VR_FL, 0, "FovealSensitivity", "1", "Foveal Sensitivity" },
    { 0x00240088, 0xFFFFFFFF, DCM_VR_FL, 0, "VisualFieldTestDuration", "1", "Visual Field Test Duration" },
    { 0x00240089, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualFieldTestPointSequence", "1", "Visual Field Test Point Sequence" },
    { 0x00240090, 0xFFFFFFFF, DCM_VR_FL, 0, "VisualFieldTestPointXCoordinate", "1", "Visual Field Test Point X-Coordinate" },
    { 0x00240091, 0xFFFFFFFF, DCM_VR_FL, 0, "VisualFieldTestPointYCoordinate", "1", "Visual Field Test Point Y-Coordinate" },
    { 0x00240092, 0xFFFFFFFF, DCM_VR_FL, 0, "AgeCorrectedSensitivityDeviationValue", "1", "Age Corrected Sensitivity Deviation Value" },
    { 0x00240093, 0xFFFFFFFF, DCM_VR_CS, 0, "StimulusResults", "1", "Stimulus Results" },
    { 0x00240094, 0xFFFFFFFF, DCM_VR_FL, 0, "SensitivityValue", "1", "Sensitivity Value" },
    { 0x00240095, 0xFFFFFFFF, DCM_VR_CS, 0, "RetestStimulusSeen", "1", "Retest Stimulus Seen" },
    { 0x00240096, 0xFFFFFFFF, DCM_VR_FL, 0, "RetestSensitivityValue", "1", "Retest Sensitivity Value" },
    { 0x00240097, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualFieldTestPointNormalsSequence", "1", "Visual Field Test Point Normals Sequence" },
    { 0x00240098, 0xFFFFFFFF, DCM_VR_FL, 0, "QuantifiedDefect", "1", "Quantified Defect" },
    { 0x00240100, 0xFFFFFFFF, DCM_VR_FL, 0, "AgeCorrectedSensitivityDeviationProbabilityValue", "1", "Age Corrected Sensitivity Deviation Probability Value" },
    { 0x00240102, 0xFFFFFFFF, DCM_VR_CS, 0, "GeneralizedDefectCorrectedSensitivityDeviationFlag", "1", "Generalized Defect Corrected Sensitivity Deviation Flag" },
    { 0x00240103, 0xFFFFFFFF, DCM_VR_FL, 0, "GeneralizedDefectCorrectedSensitivityDeviationValue", "1", "Generalized Defect Corrected Sensitivity Deviation Value" },
    { 0x00240104, 0xFFFFFFFF, DCM_VR_FL, 0, "GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue", "1", "Generalized Defect Corrected Sensitivity Deviation Probability Value" },
    { 0x00240105, 0xFFFFFFFF, DCM_VR_FL, 0, "MinimumSensitivityValue", "1", "Minimum Sensitivity Value" },
    { 0x00240106, 0xFFFFFFFF, DCM_VR_CS, 0, "BlindSpotLocalized", "1", "Blind Spot Localized" },
    { 0x00240107, 0xFFFFFFFF, DCM_VR_FL, 0, "BlindSpotXCoordinate", "1", "Blind Spot X-Coordinate" },
    { 0x00240108, 0xFFFFFFFF, DCM_VR_FL, 0, "BlindSpotYCoordinate", "1", "Blind Spot Y-Coordinate" },
    { 0x00240110, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualAcuityMeasurementSequence", "1", "Visual Acuity Measurement Sequence" },
    { 0x00240112, 0xFFFFFFFF, DCM_VR_SQ, 0, "RefractiveParametersUsedOnPatientSequence", "1", "Refractive Parameters Used on Patient Sequence" },
    { 0x00240113, 0xFFFFFFFF, DCM_VR_CS, 0, "MeasurementLaterality", "1", "Measurement Laterality" },
    { 0x00240114, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicPatientClinicalInformationLeftEyeSequence", "1", "Ophthalmic Patient Clinical Information Left Eye Sequence" },
    { 0x00240115, 0xFFFFFFFF, DCM_VR_SQ, 0, "OphthalmicPatientClinicalInformationRightEyeSequence", "1", "Ophthalmic Patient Clinical Information Right Eye Sequence" },
    { 0x00240117, 0xFFFFFFFF, DCM_VR_CS, 0, "FovealPointNormativeDataFlag", "1", "Foveal Point Normative Data Flag" },
    { 0x00240118, 0xFFFFFFFF, DCM_VR_FL, 0, "FovealPointProbabilityValue", "1", "Foveal Point Probability Value" },
    { 0x00240120, 0xFFFFFFFF, DCM_VR_CS, 0, "ScreeningBaselineMeasured", "1", "Screening Baseline Measured" },
    { 0x00240122, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScreeningBaselineMeasuredSequence", "1", "Screening Baseline Measured Sequence" },
    { 0x00240124, 0xFFFFFFFF, DCM_VR_CS, 0, "ScreeningBaselineType", "1", "Screening Baseline Type" },
    { 0x00240126, 0xFFFFFFFF, DCM_VR_FL, 0, "ScreeningBaselineValue", "1", "Screening Baseline Value" },
    { 0x00240202, 0xFFFFFFFF, DCM_VR_LO, 0, "AlgorithmSource", "1", "Algorithm Source" },
    { 0x00240306, 0xFFFFFFFF, DCM_VR_LO, 0, "DataSetName", "1", "Data Set Name" },
    { 0x00240307, 0xFFFFFFFF, DCM_VR_LO, 0, "DataSetVersion", "1", "Data Set Version" },
    { 0x00240308, 0xFFFFFFFF, DCM_VR_LO, 0, "DataSetSource", "1", "Data Set Source" },
    { 0x00240309, 0xFFFFFFFF, DCM_VR_LO, 0, "DataSetDescription", "1", "Data Set Description" },
    { 0x00240317, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualFieldTestReliabilityGlobalIndexSequence", "1", "Visual Field Test Reliability Global Index Sequence" },
    { 0x00240320, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualFieldGlobalResultsIndexSequence", "1", "Visual Field Global Results Index Sequence" },
    { 0x00240325, 0xFFFFFFFF, DCM_VR_SQ, 0, "DataObservationSequence", "1", "Data Observation Sequence" },
    { 0x00240338, 0xFFFFFFFF, DCM_VR_CS, 0, "IndexNormalsFlag", "1", "Index Normals Flag" },
    { 0x00240341, 0xFFFFFFFF, DCM_VR_FL, 0, "IndexProbability", "1", "Index Probability" },
    { 0x00240344, 0xFFFFFFFF, DCM_VR_SQ, 0, "IndexProbabilitySequence", "1", "Index Probability Sequence" },
    { 0x00280002, 0xFFFFFFFF, DCM_VR_US, 0, "SamplesPerPixel", "1", "Samples per Pixel" },
    { 0x00280003, 0xFFFFFFFF, DCM_VR_US, 0, "SamplesPerPixelUsed", "1", "Samples per Pixel Used" },
    { 0x00280004, 0xFFFFFFFF, DCM_VR_CS, 0, "PhotometricInterpretation", "1", "Photometric Interpretation" },
    { 0x00280005, 0xFFFFFFFF, DCM_VR_US, 1, "ImageDimensions", "1", "Image Dimensions" },
    { 0x00280006, 0xFFFFFFFF, DCM_VR_US, 0, "PlanarConfiguration", "1", "Planar Configuration" },
    { 0x00280008, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfFrames", "1", "Number of Frames" },
    { 0x00280009, 0xFFFFFFFF, DCM_VR_AT, 0, "FrameIncrementPointer", "1-n", "Frame Increment Pointer" },
    { 0x0028000A, 0xFFFFFFFF, DCM_VR_AT, 0, "FrameDimensionPointer", "1-n", "Frame Dimension Pointer" },
    { 0x00280010, 0xFFFFFFFF, DCM_VR_US, 0, "Rows", "1", "Rows" },
    { 0x00280011, 0xFFFFFFFF, DCM_VR_US, 0, "Columns", "1", "Columns" },
    { 0x00280012, 0xFFFFFFFF, DCM_VR_US, 1, "Planes", "1", "Planes" },
    { 0x00280014, 0xFFFFFFFF, DCM_VR_US, 0, "UltrasoundColorDataPresent", "1", "Ultrasound Color Data Present" },
    { 0x00280020, 0xFFFFFFFF, DCM_VR_OB, 1, "", "1", "Retired-blank" },
    { 0x00280030, 0xFFFFFFFF, DCM_VR_DS, 0, "PixelSpacing", "2", "Pixel Spacing" },
    { 0x00280031, 0xFFFFFFFF, DCM_VR_DS, 0, "ZoomFactor", "2", "Zoom Factor" },
    { 0x00280032, 0xFFFFFFFF, DCM_VR_DS, 0, "ZoomCenter", "2", "Zoom Center" },
    { 0x00280034, 0xFFFFFFFF, DCM_VR_IS, 0, "PixelAspectRatio", "2", "Pixel Aspect Ratio" },
    { 0x00280040, 0xFFFFFFFF, DCM_VR_CS, 1, "ImageFormat", "1", "Image Format" },
    { 0x00280050, 0xFFFFFFFF, DCM_VR_LO, 1, "ManipulatedImage", "1-n", "Manipulated Image" },
    { 0x00280051, 0xFFFFFFFF, DCM_VR_CS, 0, "CorrectedImage", "1-n", "Corrected Image" },
    { 0x0028005F, 0xFFFFFFFF, DCM_VR_LO, 1, "CompressionRecognitionCode", "1", "Compression Recognition Code" },
    { 0x00280060, 0xFFFFFFFF, DCM_VR_CS, 1, "CompressionCode", "1", "Compression Code" },
    { 0x00280061, 0xFFFFFFFF, DCM_VR_SH, 1, "CompressionOriginator", "1", "Compression Originator" },
    { 0x00280062, 0xFFFFFFFF, DCM_VR_LO, 1, "CompressionLabel", "1", "Compression Label" },
    { 0x00280063, 0xFFFFFFFF, DCM_VR_SH, 1, "CompressionDescription", "1", "Compression Description" },
    { 0x00280065, 0xFFFFFFFF, DCM_VR_CS, 1, "CompressionSequence", "1-n", "Compression Sequence" },
    { 0x00280066, 0xFFFFFFFF, DCM_VR_AT, 1, "CompressionStepPointers", "1-n", "Compression Step Pointers" },
    { 0x00280068, 0xFFFFFFFF, DCM_VR_US, 1, "RepeatInterval", "1", "Repeat Interval" },
    { 0x00280069, 0xFFFFFFFF, DCM_VR_US, 1, "BitsGrouped", "1", "Bits Grouped" },
    { 0x00280070, 0xFFFFFFFF, DCM_VR_US, 1, "PerimeterTable", "1-n", "Perimeter Table" },
    { 0x00280071, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "PerimeterValue", "1", "Perimeter Value" },
    { 0x00280080, 0xFFFFFFFF, DCM_VR_US, 1, "PredictorRows", "1", "Predictor Rows" },
    { 0x00280081, 0xFFFFFFFF, DCM_VR_US, 1, "PredictorColumns", "1", "Predictor Columns" },
    { 0x00280082, 0xFFFFFFFF, DCM_VR_US, 1, "PredictorConstants", "1-n", "Predictor Constants" },
    { 0x00280090, 0xFFFFFFFF, DCM_VR_CS, 1, "BlockedPixels", "1", "Blocked Pixels" },
    { 0x00280091, 0xFFFFFFFF, DCM_VR_US, 1, "BlockRows", "1", "Block Rows" },
    { 0x00280092, 0xFFFFFFFF, DCM_VR_US, 1, "BlockColumns", "1", "Block Columns" },
    { 0x00280093, 0xFFFFFFFF, DCM_VR_US, 1, "RowOverlap", "1", "Row Overlap" },
    { 0x00280094, 0xFFFFFFFF, DCM_VR_US, 1, "ColumnOverlap", "1", "Column Overlap" },
    { 0x00280100, 0xFFFFFFFF, DCM_VR_US, 0, "BitsAllocated", "1", "Bits Allocated" },
    { 0x00280101, 0xFFFFFFFF, DCM_VR_US, 0, "BitsStored", "1", "Bits Stored" },
    { 0x00280102, 0xFFFFFFFF, DCM_VR_US, 0, "HighBit", "1", "High Bit" },
    { 0x00280103, 0xFFFFFFFF, DCM_VR_US, 0, "PixelRepresentation", "1", "Pixel Representation" },
    { 0x00280104, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "SmallestValidPixelValue", "1", "Smallest Valid Pixel Value" },
    { 0x00280105, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "LargestValidPixelValue", "1", "Largest Valid Pixel Value" },
    { 0x00280106, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "SmallestImagePixelValue", "1", "Smallest Image Pixel Value" },
    { 0x00280107, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "LargestImagePixelValue", "1", "Largest Image Pixel Value" },
    { 0x00280108, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "SmallestPixelValueInSeries", "1", "Smallest Pixel Value in Series" },
    { 0x00280109, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "LargestPixelValueInSeries", "1", "Largest Pixel Value in Series" },
    { 0x00280110, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "SmallestImagePixelValueInPlane", "1", "Smallest Image Pixel Value in Plane" },
    { 0x00280111, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "LargestImagePixelValueInPlane", "1", "Largest Image Pixel Value in Plane" },
    { 0x00280120, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "PixelPaddingValue", "1", "Pixel Padding Value" },
    { 0x00280121, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "PixelPaddingRangeLimit", "1", "Pixel Padding Range Limit" },
    { 0x00280122, 0xFFFFFFFF, DCM_VR_FL, 0, "FloatPixelPaddingValue", "1", "Float Pixel Padding Value" },
    { 0x00280123, 0xFFFFFFFF, DCM_VR_FD, 0, "DoubleFloatPixelPaddingValue", "1", "Double Float Pixel Padding Value" },
    { 0x00280124, 0xFFFFFFFF, DCM_VR_FL, 0, "FloatPixelPaddingRangeLimit", "1", "Float Pixel Padding Range Limit" },
    { 0x00280125, 0xFFFFFFFF, DCM_VR_FD, 0, "DoubleFloatPixelPaddingRangeLimit", "1", "Double Float Pixel Padding Range Limit" },
    { 0x00280200, 0xFFFFFFFF, DCM_VR_US, 1, "ImageLocation", "1", "Image Location" },
    { 0x00280300, 0xFFFFFFFF, DCM_VR_CS, 0, "QualityControlImage", "1", "Quality Control Image" },
    { 0x00280301, 0xFFFFFFFF, DCM_VR_CS, 0, "BurnedInAnnotation", "1", "Burned In Annotation" },
    { 0x00280302, 0xFFFFFFFF, DCM_VR_CS, 0, "RecognizableVisualFeatures", "1", "Recognizable Visual Features" },
    { 0x00280303, 0xFFFFFFFF, DCM_VR_CS, 0, "LongitudinalTemporalInformationModified", "1", "Longitudinal Temporal Information Modified" },
    { 0x00280304, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedColorPaletteInstanceUID", "1", "Referenced Color Palette Instance UID" },
    { 0x00280400, 0xFFFFFFFF, DCM_VR_LO, 1, "TransformLabel", "1", "Transform Label" },
    { 0x00280401, 0xFFFFFFFF, DCM_VR_LO, 1, "TransformVersionNumber", "1", "Transform Version Number" },
    { 0x00280402, 0xFFFFFFFF, DCM_VR_US, 1, "NumberOfTransformSteps", "1", "Number of Transform Steps" },
    { 0x00280403, 0xFFFFFFFF, DCM_VR_LO, 1, "SequenceOfCompressedData", "1-n", "Sequence of Compressed Data" },
    { 0x00280404, 0xFFFFFFFF, DCM_VR_AT, 1, "DetailsOfCoefficients", "1-n", "Details of Coefficients" },
    { 0x00280700, 0xFFFFFFFF, DCM_VR_LO, 1, "DCTLabel", "1", "DCT Label" },
    { 0x00280701, 0xFFFFFFFF, DCM_VR_CS, 1, "DataBlockDescription", "1-n", "Data Block Description" },
    { 0x00280702, 0xFFFFFFFF, DCM_VR_AT, 1, "DataBlock", "1-n", "Data Block" },
    { 0x00280710, 0xFFFFFFFF, DCM_VR_US, 1, "NormalizationFactorFormat", "1", "Normalization Factor Format" },
    { 0x00280720, 0xFFFFFFFF, DCM_VR_US, 1, "ZonalMapNumberFormat", "1", "Zonal Map Number Format" },
    { 0x00280721, 0xFFFFFFFF, DCM_VR_AT, 1, "ZonalMapLocation", "1-n", "Zonal Map Location" },
    { 0x00280722, 0xFFFFFFFF, DCM_VR_US, 1, "ZonalMapFormat", "1", "Zonal Map Format" },
    { 0x00280730, 0xFFFFFFFF, DCM_VR_US, 1, "AdaptiveMapFormat", "1", "Adaptive Map Format" },
    { 0x00280740, 0xFFFFFFFF, DCM_VR_US, 1, "CodeNumberFormat", "1", "Code Number Format" },
    { 0x00280A02, 0xFFFFFFFF, DCM_VR_CS, 0, "PixelSpacingCalibrationType", "1", "Pixel Spacing Calibration Type" },
    { 0x00280A04, 0xFFFFFFFF, DCM_VR_LO, 0, "PixelSpacingCalibrationDescription", "1", "Pixel Spacing Calibration Description" },
    { 0x00281040, 0xFFFFFFFF, DCM_VR_CS, 0, "PixelIntensityRelationship", "1", "Pixel Intensity Relationship" },
    { 0x00281041, 0xFFFFFFFF, DCM_VR_SS, 0, "PixelIntensityRelationshipSign", "1", "Pixel Intensity Relationship Sign" },
    { 0x00281050, 0xFFFFFFFF, DCM_VR_DS, 0, "WindowCenter", "1-n", "Window Center" },
    { 0x00281051, 0xFFFFFFFF, DCM_VR_DS, 0, "WindowWidth", "1-n", "Window Width" },
    { 0x00281052, 0xFFFFFFFF, DCM_VR_DS, 0, "RescaleIntercept", "1", "Rescale Intercept" },
    { 0x00281053, 0xFFFFFFFF, DCM_VR_DS, 0, "RescaleSlope", "1", "Rescale Slope" },
    { 0x00281054, 0xFFFFFFFF, DCM_VR_LO, 0, "RescaleType", "1", "Rescale Type" },
    { 0x00281055, 0xFFFFFFFF, DCM_VR_LO, 0, "WindowCenterWidthExplanation", "1-n", "Window Center & Width Explanation" },
    { 0x00281056, 0xFFFFFFFF, DCM_VR_CS, 0, "VOILUTFunction", "1", "VOI LUT Function" },
    { 0x00281080, 0xFFFFFFFF, DCM_VR_CS, 1, "GrayScale", "1", "Gray Scale" },
    { 0x00281090, 0xFFFFFFFF, DCM_VR_CS, 0, "RecommendedViewingMode", "1", "Recommended Viewing Mode" },
    { 0x00281100, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "GrayLookupTableDescriptor", "3", "Gray Lookup Table Descriptor" },
    { 0x00281101, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "RedPaletteColorLookupTableDescriptor", "3", "Red Palette Color Lookup Table Descriptor" },
    { 0x00281102, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "GreenPaletteColorLookupTableDescriptor", "3", "Green Palette Color Lookup Table Descriptor" },
    { 0x00281103, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "BluePaletteColorLookupTableDescriptor", "3", "Blue Palette Color Lookup Table Descriptor" },
    { 0x00281104, 0xFFFFFFFF, DCM_VR_US, 0, "AlphaPaletteColorLookupTableDescriptor", "3", "Alpha Palette Color Lookup Table Descriptor" },
    { 0x00281111, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "LargeRedPaletteColorLookupTableDescriptor", "4", "Large Red Palette Color Lookup Table Descriptor" },
    { 0x00281112, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "LargeGreenPaletteColorLookupTableDescriptor", "4", "Large Green Palette Color Lookup Table Descriptor" },
    { 0x00281113, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 1, "LargeBluePaletteColorLookupTableDescriptor", "4", "Large Blue Palette Color Lookup Table Descriptor" },
    { 0x00281199, 0xFFFFFFFF, DCM_VR_UI, 0, "PaletteColorLookupTableUID", "1", "Palette Color Lookup Table UID" },
    { 0x00281200, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS_OW, 1, "GrayLookupTableData", "1-n", "Gray Lookup Table Data" },
    { 0x00281201, 0xFFFFFFFF, DCM_VR_OW, 0, "RedPaletteColorLookupTableData", "1", "Red Palette Color Lookup Table Data" },
    { 0x00281202, 0xFFFFFFFF, DCM_VR_OW, 0, "GreenPaletteColorLookupTableData", "1", "Green Palette Color Lookup Table Data" },
    { 0x00281203, 0xFFFFFFFF, DCM_VR_OW, 0, "BluePaletteColorLookupTableData", "1", "Blue Palette Color Lookup Table Data" },
    { 0x00281204, 0xFFFFFFFF, DCM_VR_OW, 0, "AlphaPaletteColorLookupTableData", "1", "Alpha Palette Color Lookup Table Data" },
    { 0x00281211, 0xFFFFFFFF, DCM_VR_OW, 1, "LargeRedPaletteColorLookupTableData", "1", "Large Red Palette Color Lookup Table Data" },
    { 0x00281212, 0xFFFFFFFF, DCM_VR_OW, 1, "LargeGreenPaletteColorLookupTableData", "1", "Large Green Palette Color Lookup Table Data" },
    { 0x00281213, 0xFFFFFFFF, DCM_VR_OW, 1, "LargeBluePaletteColorLookupTableData", "1", "Large Blue Palette Color Lookup Table Data" },
    { 0x00281214, 0xFFFFFFFF, DCM_VR_UI, 1, "LargePaletteColorLookupTableUID", "1", "Large Palette Color Lookup Table UID" },
    { 0x00281221, 0xFFFFFFFF, DCM_VR_OW, 0, "SegmentedRedPaletteColorLookupTableData", "1", "Segmented Red Palette Color Lookup Table Data" },
    { 0x00281222, 0xFFFFFFFF, DCM_VR_OW, 0, "SegmentedGreenPaletteColorLookupTableData", "1", "Segmented Green Palette Color Lookup Table Data" },
    { 0x00281223, 0xFFFFFFFF, DCM_VR_OW, 0, "SegmentedBluePaletteColorLookupTableData", "1", "Segmented Blue Palette Color Lookup Table Data" },
    { 0x00281224, 0xFFFFFFFF, DCM_VR_OW, 0, "SegmentedAlphaPaletteColorLookupTableData", "1", "Segmented Alpha Palette Color Lookup Table Data" },
    { 0x00281230, 0xFFFFFFFF, DCM_VR_SQ, 0, "StoredValueColorRangeSequence", "1", "Stored Value Color Range Sequence" },
    { 0x00281231, 0xFFFFFFFF, DCM_VR_FD, 0, "MinimumStoredValueMapped", "1", "Minimum Stored Value Mapped" },
    { 0x00281232, 0xFFFFFFFF, DCM_VR_FD, 0, "MaximumStoredValueMapped", "1", "Maximum Stored Value Mapped" },
    { 0x00281300, 0xFFFFFFFF, DCM_VR_CS, 0, "BreastImplantPresent", "1", "Breast Implant Present" },
    { 0x00281350, 0xFFFFFFFF, DCM_VR_CS, 0, "PartialView", "1", "Partial View" },
    { 0x00281351, 0xFFFFFFFF, DCM_VR_ST, 0, "PartialViewDescription", "1", "Partial View Description" },
    { 0x00281352, 0xFFFFFFFF, DCM_VR_SQ, 0, "PartialViewCodeSequence", "1", "Partial View Code Sequence" },
    { 0x0028135A, 0xFFFFFFFF, DCM_VR_CS, 0, "SpatialLocationsPreserved", "1", "Spatial Locations Preserved" },
    { 0x00281401, 0xFFFFFFFF, DCM_VR_SQ, 0, "DataFrameAssignmentSequence", "1", "Data Frame Assignment Sequence" },
    { 0x00281402, 0xFFFFFFFF, DCM_VR_CS, 0, "DataPathAssignment", "1", "Data Path Assignment" },
    { 0x00281403, 0xFFFFFFFF, DCM_VR_US, 0, "BitsMappedToColorLookupTable", "1", "Bits Mapped to Color Lookup Table" },
    { 0x00281404, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlendingLUT1Sequence", "1", "Blending LUT 1 Sequence" },
    { 0x00281405, 0xFFFFFFFF, DCM_VR_CS, 0, "BlendingLUT1TransferFunction", "1", "Blending LUT 1 Transfer Function" },
    { 0x00281406, 0xFFFFFFFF, DCM_VR_FD, 0, "BlendingWeightConstant", "1", "Blending Weight Constant" },
    { 0x00281407, 0xFFFFFFFF, DCM_VR_US, 0, "BlendingLookupTableDescriptor", "3", "Blending Lookup Table Descriptor" },
    { 0x00281408, 0xFFFFFFFF, DCM_VR_OW, 0, "BlendingLookupTableData", "1", "Blending Lookup Table Data" },
    { 0x0028140B, 0xFFFFFFFF, DCM_VR_SQ, 0, "EnhancedPaletteColorLookupTableSequence", "1", "Enhanced Palette Color Lookup Table Sequence" },
    { 0x0028140C, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlendingLUT2Sequence", "1", "Blending LUT 2 Sequence" },
    { 0x0028140D, 0xFFFFFFFF, DCM_VR_CS, 0, "BlendingLUT2TransferFunction", "1", "Blending LUT 2 Transfer Function" },
    { 0x0028140E, 0xFFFFFFFF, DCM_VR_CS, 0, "DataPathID", "1", "Data Path ID" },
    { 0x0028140F, 0xFFFFFFFF, DCM_VR_CS, 0, "RGBLUTTransferFunction", "1", "RGB LUT Transfer Function" },
    { 0x00281410, 0xFFFFFFFF, DCM_VR_CS, 0, "AlphaLUTTransferFunction", "1", "Alpha LUT Transfer Function" },
    { 0x00282000, 0xFFFFFFFF, DCM_VR_OB, 0, "ICCProfile", "1", "ICC Profile" },
    { 0x00282002, 0xFFFFFFFF, DCM_VR_CS, 0, "ColorSpace", "1", "Color Space" },
    { 0x00282110, 0xFFFFFFFF, DCM_VR_CS, 0, "LossyImageCompression", "1", "Lossy Image Compression" },
    { 0x00282112, 0xFFFFFFFF, DCM_VR_DS, 0, "LossyImageCompressionRatio", "1-n", "Lossy Image Compression Ratio" },
    { 0x00282114, 0xFFFFFFFF, DCM_VR_CS, 0, "LossyImageCompressionMethod", "1-n", "Lossy Image Compression Method" },
    { 0x00283000, 0xFFFFFFFF, DCM_VR_SQ, 0, "ModalityLUTSequence", "1", "Modality LUT Sequence" },
    { 0x00283002, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "LUTDescriptor", "3", "LUT Descriptor" },
    { 0x00283003, 0xFFFFFFFF, DCM_VR_LO, 0, "LUTExplanation", "1", "LUT Explanation" },
    { 0x00283004, 0xFFFFFFFF, DCM_VR_LO, 0, "ModalityLUTType", "1", "Modality LUT Type" },
    { 0x00283006, 0xFFFFFFFF, DCM_VR_AMBIG_US_OW, 0, "LUTData", "1-n", "LUT Data" },
    { 0x00283010, 0xFFFFFFFF, DCM_VR_SQ, 0, "VOILUTSequence", "1", "VOI LUT Sequence" },
    { 0x00283110, 0xFFFFFFFF, DCM_VR_SQ, 0, "SoftcopyVOILUTSequence", "1", "Softcopy VOI LUT Sequence" },
    { 0x00284000, 0xFFFFFFFF, DCM_VR_LT, 1, "ImagePresentationComments", "1", "Image Presentation Comments" },
    { 0x00285000, 0xFFFFFFFF, DCM_VR_SQ, 1, "BiPlaneAcquisitionSequence", "1", "Bi-Plane Acquisition Sequence" },
    { 0x00286010, 0xFFFFFFFF, DCM_VR_US, 0, "RepresentativeFrameNumber", "1", "Representative Frame Number" },
    { 0x00286020, 0xFFFFFFFF, DCM_VR_US, 0, "FrameNumbersOfInterest", "1-n", "Frame Numbers of Interest (FOI)" },
    { 0x00286022, 0xFFFFFFFF, DCM_VR_LO, 0, "FrameOfInterestDescription", "1-n", "Frame of Interest Description" },
    { 0x00286023, 0xFFFFFFFF, DCM_VR_CS, 0, "FrameOfInterestType", "1-n", "Frame of Interest Type" },
    { 0x00286030, 0xFFFFFFFF, DCM_VR_US, 1, "MaskPointers", "1-n", "Mask Pointer(s)" },
    { 0x00286040, 0xFFFFFFFF, DCM_VR_US, 0, "RWavePointer", "1-n", "R Wave Pointer" },
    { 0x00286100, 0xFFFFFFFF, DCM_VR_SQ, 0, "MaskSubtractionSequence", "1", "Mask Subtraction Sequence" },
    { 0x00286101, 0xFFFFFFFF, DCM_VR_CS, 0, "MaskOperation", "1", "Mask Operation" },
    { 0x00286102, 0xFFFFFFFF, DCM_VR_US, 0, "ApplicableFrameRange", "2-2n", "Applicable Frame Range" },
    { 0x00286110, 0xFFFFFFFF, DCM_VR_US, 0, "MaskFrameNumbers", "1-n", "Mask Frame Numbers" },
    { 0x00286112, 0xFFFFFFFF, DCM_VR_US, 0, "ContrastFrameAveraging", "1", "Contrast Frame Averaging" },
    { 0x00286114, 0xFFFFFFFF, DCM_VR_FL, 0, "MaskSubPixelShift", "2", "Mask Sub-pixel Shift" },
    { 0x00286120, 0xFFFFFFFF, DCM_VR_SS, 0, "TIDOffset", "1", "TID Offset" },
    { 0x00286190, 0xFFFFFFFF, DCM_VR_ST, 0, "MaskOperationExplanation", "1", "Mask Operation Explanation" },
    { 0x00287000, 0xFFFFFFFF, DCM_VR_SQ, 0, "EquipmentAdministratorSequence", "1", "Equipment Administrator Sequence" },
    { 0x00287001, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfDisplaySubsystems", "1", "Number of Display Subsystems" },
    { 0x00287002, 0xFFFFFFFF, DCM_VR_US, 0, "CurrentConfigurationID", "1", "Current Configuration ID" },
    { 0x00287003, 0xFFFFFFFF, DCM_VR_US, 0, "DisplaySubsystemID", "1", "Display Subsystem ID" },
    { 0x00287004, 0xFFFFFFFF, DCM_VR_SH, 0, "DisplaySubsystemName", "1", "Display Subsystem Name" },
    { 0x00287005, 0xFFFFFFFF, DCM_VR_LO, 0, "DisplaySubsystemDescription", "1", "Display Subsystem Description" },
    { 0x00287006, 0xFFFFFFFF, DCM_VR_CS, 0, "SystemStatus", "1", "System Status" },
    { 0x00287007, 0xFFFFFFFF, DCM_VR_LO, 0, "SystemStatusComment", "1", "System Status Comment" },
    { 0x00287008, 0xFFFFFFFF, DCM_VR_SQ, 0, "TargetLuminanceCharacteristicsSequence", "1", "Target Luminance Characteristics Sequence" },
    { 0x00287009, 0xFFFFFFFF, DCM_VR_US, 0, "LuminanceCharacteristicsID", "1", "Luminance Characteristics ID" },
    { 0x0028700A, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplaySubsystemConfigurationSequence", "1", "Display Subsystem Configuration Sequence" },
    { 0x0028700B, 0xFFFFFFFF, DCM_VR_US, 0, "ConfigurationID", "1", "Configuration ID" },
    { 0x0028700C, 0xFFFFFFFF, DCM_VR_SH, 0, "ConfigurationName", "1", "Configuration Name" },
    { 0x0028700D, 0xFFFFFFFF, DCM_VR_LO, 0, "ConfigurationDescription", "1", "Configuration Description" },
    { 0x0028700E, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedTargetLuminanceCharacteristicsID", "1", "Referenced Target Luminance Characteristics ID" },
    { 0x0028700F, 0xFFFFFFFF, DCM_VR_SQ, 0, "QAResultsSequence", "1", "QA Results Sequence" },
    { 0x00287010, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplaySubsystemQAResultsSequence", "1", "Display Subsystem QA Results Sequence" },
    { 0x00287011, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConfigurationQAResultsSequence", "1", "Configuration QA Results Sequence" },
    { 0x00287012, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasurementEquipmentSequence", "1", "Measurement Equipment Sequence" },
    { 0x00287013, 0xFFFFFFFF, DCM_VR_CS, 0, "MeasurementFunctions", "1-n", "Measurement Functions" },
    { 0x00287014, 0xFFFFFFFF, DCM_VR_CS, 0, "MeasurementEquipmentType", "1", "Measurement Equipment Type" },
    { 0x00287015, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualEvaluationResultSequence", "1", "Visual Evaluation Result Sequence" },
    { 0x00287016, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplayCalibrationResultSequence", "1", "Display Calibration Result Sequence" },
    { 0x00287017, 0xFFFFFFFF, DCM_VR_US, 0, "DDLValue", "1", "DDL Value" },
    { 0x00287018, 0xFFFFFFFF, DCM_VR_FL, 0, "CIExyWhitePoint", "2", "CIExy White Point" },
    { 0x00287019, 0xFFFFFFFF, DCM_VR_CS, 0, "DisplayFunctionType", "1", "Display Function Type" },
    { 0x0028701A, 0xFFFFFFFF, DCM_VR_FL, 0, "GammaValue", "1", "Gamma Value" },
    { 0x0028701B, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfLuminancePoints", "1", "Number of Luminance Points" },
    { 0x0028701C, 0xFFFFFFFF, DCM_VR_SQ, 0, "LuminanceResponseSequence", "1", "Luminance Response Sequence" },
    { 0x0028701D, 0xFFFFFFFF, DCM_VR_FL, 0, "TargetMinimumLuminance", "1", "Target Minimum Luminance" },
    { 0x0028701E, 0xFFFFFFFF, DCM_VR_FL, 0, "TargetMaximumLuminance", "1", "Target Maximum Luminance" },
    { 0x0028701F, 0xFFFFFFFF, DCM_VR_FL, 0, "LuminanceValue", "1", "Luminance Value" },
    { 0x00287020, 0xFFFFFFFF, DCM_VR_LO, 0, "LuminanceResponseDescription", "1", "Luminance Response Description" },
    { 0x00287021, 0xFFFFFFFF, DCM_VR_CS, 0, "WhitePointFlag", "1", "White Point Flag" },
    { 0x00287022, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplayDeviceTypeCodeSequence", "1", "Display Device Type Code Sequence" },
    { 0x00287023, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplaySubsystemSequence", "1", "Display Subsystem Sequence" },
    { 0x00287024, 0xFFFFFFFF, DCM_VR_SQ, 0, "LuminanceResultSequence", "1", "Luminance Result Sequence" },
    { 0x00287025, 0xFFFFFFFF, DCM_VR_CS, 0, "AmbientLightValueSource", "1", "Ambient Light Value Source" },
    { 0x00287026, 0xFFFFFFFF, DCM_VR_CS, 0, "MeasuredCharacteristics", "1-n", "Measured Characteristics" },
    { 0x00287027, 0xFFFFFFFF, DCM_VR_SQ, 0, "LuminanceUniformityResultSequence", "1", "Luminance Uniformity Result Sequence" },
    { 0x00287028, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualEvaluationTestSequence", "1", "Visual Evaluation Test Sequence" },
    { 0x00287029, 0xFFFFFFFF, DCM_VR_CS, 0, "TestResult", "1", "Test Result" },
    { 0x0028702A, 0xFFFFFFFF, DCM_VR_LO, 0, "TestResultComment", "1", "Test Result Comment" },
    { 0x0028702B, 0xFFFFFFFF, DCM_VR_CS, 0, "TestImageValidation", "1", "Test Image Validation" },
    { 0x0028702C, 0xFFFFFFFF, DCM_VR_SQ, 0, "TestPatternCodeSequence", "1", "Test Pattern Code Sequence" },
    { 0x0028702D, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasurementPatternCodeSequence", "1", "Measurement Pattern Code Sequence" },
    { 0x0028702E, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualEvaluationMethodCodeSequence", "1", "Visual Evaluation Method Code Sequence" },
    { 0x00287FE0, 0xFFFFFFFF, DCM_VR_UR, 0, "PixelDataProviderURL", "1", "Pixel Data Provider URL" },
    { 0x00289001, 0xFFFFFFFF, DCM_VR_UL, 0, "DataPointRows", "1", "Data Point Rows" },
    { 0x00289002, 0xFFFFFFFF, DCM_VR_UL, 0, "DataPointColumns", "1", "Data Point Columns" },
    { 0x00289003, 0xFFFFFFFF, DCM_VR_CS, 0, "SignalDomainColumns", "1", "Signal Domain Columns" },
    { 0x00289099, 0xFFFFFFFF, DCM_VR_US, 1, "LargestMonochromePixelValue", "1", "Largest Monochrome Pixel Value" },
    { 0x00289108, 0xFFFFFFFF, DCM_VR_CS, 0, "DataRepresentation", "1", "Data Representation" },
    { 0x00289110, 0xFFFFFFFF, DCM_VR_SQ, 0, "PixelMeasuresSequence", "1", "Pixel Measures Sequence" },
    { 0x00289132, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameVOILUTSequence", "1", "Frame VOI LUT Sequence" },
    { 0x00289145, 0xFFFFFFFF, DCM_VR_SQ, 0, "PixelValueTransformationSequence", "1", "Pixel Value Transformation Sequence" },
    { 0x00289235, 0xFFFFFFFF, DCM_VR_CS, 0, "SignalDomainRows", "1", "Signal Domain Rows" },
    { 0x00289411, 0xFFFFFFFF, DCM_VR_FL, 0, "DisplayFilterPercentage", "1", "Display Filter Percentage" },
    { 0x00289415, 0xFFFFFFFF, DCM_VR_SQ, 0, "FramePixelShiftSequence", "1", "Frame Pixel Shift Sequence" },
    { 0x00289416, 0xFFFFFFFF, DCM_VR_US, 0, "SubtractionItemID", "1", "Subtraction Item ID" },
    { 0x00289422, 0xFFFFFFFF, DCM_VR_SQ, 0, "PixelIntensityRelationshipLUTSequence", "1", "Pixel Intensity Relationship LUT Sequence" },
    { 0x00289443, 0xFFFFFFFF, DCM_VR_SQ, 0, "FramePixelDataPropertiesSequence", "1", "Frame Pixel Data Properties Sequence" },
    { 0x00289444, 0xFFFFFFFF, DCM_VR_CS, 0, "GeometricalProperties", "1", "Geometrical Properties" },
    { 0x00289445, 0xFFFFFFFF, DCM_VR_FL, 0, "GeometricMaximumDistortion", "1", "Geometric Maximum Distortion" },
    { 0x00289446, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageProcessingApplied", "1-n", "Image Processing Applied" },
    { 0x00289454, 0xFFFFFFFF, DCM_VR_CS, 0, "MaskSelectionMode", "1", "Mask Selection Mode" },
    { 0x00289474, 0xFFFFFFFF, DCM_VR_CS, 0, "LUTFunction", "1", "LUT Function" },
    { 0x00289478, 0xFFFFFFFF, DCM_VR_FL, 0, "MaskVisibilityPercentage", "1", "Mask Visibility Percentage" },
    { 0x00289501, 0xFFFFFFFF, DCM_VR_SQ, 0, "PixelShiftSequence", "1", "Pixel Shift Sequence" },
    { 0x00289502, 0xFFFFFFFF, DCM_VR_SQ, 0, "RegionPixelShiftSequence", "1", "Region Pixel Shift Sequence" },
    { 0x00289503, 0xFFFFFFFF, DCM_VR_SS, 0, "VerticesOfTheRegion", "2-2n", "Vertices of the Region" },
    { 0x00289505, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultiFramePresentationSequence", "1", "Multi-frame Presentation Sequence" },
    { 0x00289506, 0xFFFFFFFF, DCM_VR_US, 0, "PixelShiftFrameRange", "2-2n", "Pixel Shift Frame Range" },
    { 0x00289507, 0xFFFFFFFF, DCM_VR_US, 0, "LUTFrameRange", "2-2n", "LUT Frame Range" },
    { 0x00289520, 0xFFFFFFFF, DCM_VR_DS, 0, "ImageToEquipmentMappingMatrix", "16", "Image to Equipment Mapping Matrix" },
    { 0x00289537, 0xFFFFFFFF, DCM_VR_CS, 0, "EquipmentCoordinateSystemIdentification", "1", "Equipment Coordinate System Identification" },
    { 0x0032000A, 0xFFFFFFFF, DCM_VR_CS, 1, "StudyStatusID", "1", "Study Status ID" },
    { 0x0032000C, 0xFFFFFFFF, DCM_VR_CS, 1, "StudyPriorityID", "1", "Study Priority ID" },
    { 0x00320012, 0xFFFFFFFF, DCM_VR_LO, 1, "StudyIDIssuer", "1", "Study ID Issuer" },
    { 0x00320032, 0xFFFFFFFF, DCM_VR_DA, 1, "StudyVerifiedDate", "1", "Study Verified Date" },
    { 0x00320033, 0xFFFFFFFF, DCM_VR_TM, 1, "StudyVerifiedTime", "1", "Study Verified Time" },
    { 0x00320034, 0xFFFFFFFF, DCM_VR_DA, 1, "StudyReadDate", "1", "Study Read Date" },
    { 0x00320035, 0xFFFFFFFF, DCM_VR_TM, 1, "StudyReadTime", "1", "Study Read Time" },
    { 0x00321000, 0xFFFFFFFF, DCM_VR_DA, 1, "ScheduledStudyStartDate", "1", "Scheduled Study Start Date" },
    { 0x00321001, 0xFFFFFFFF, DCM_VR_TM, 1, "ScheduledStudyStartTime", "1", "Scheduled Study Start Time" },
    { 0x00321010, 0xFFFFFFFF, DCM_VR_DA, 1, "ScheduledStudyStopDate", "1", "Scheduled Study Stop Date" },
    { 0x00321011, 0xFFFFFFFF, DCM_VR_TM, 1, "ScheduledStudyStopTime", "1", "Scheduled Study Stop Time" },
    { 0x00321020, 0xFFFFFFFF, DCM_VR_LO, 1, "ScheduledStudyLocation", "1", "Scheduled Study Location" },
    { 0x00321021, 0xFFFFFFFF, DCM_VR_AE, 1, "ScheduledStudyLocationAETitle", "1-n", "Scheduled Study Location AE Title" },
    { 0x00321030, 0xFFFFFFFF, DCM_VR_LO, 1, "ReasonForStudy", "1", "Reason for Study" },
    { 0x00321031, 0xFFFFFFFF, DCM_VR_SQ, 0, "RequestingPhysicianIdentificationSequence", "1", "Requesting Physician Identification Sequence" },
    { 0x00321032, 0xFFFFFFFF, DCM_VR_PN, 0, "RequestingPhysician", "1", "Requesting Physician" },
    { 0x00321033, 0xFFFFFFFF, DCM_VR_LO, 0, "RequestingService", "1", "Requesting Service" },
    { 0x00321034, 0xFFFFFFFF, DCM_VR_SQ, 0, "RequestingServiceCodeSequence", "1", "Requesting Service Code Sequence" },
    { 0x00321040, 0xFFFFFFFF, DCM_VR_DA, 1, "StudyArrivalDate", "1", "Study Arrival Date" },
    { 0x00321041, 0xFFFFFFFF, DCM_VR_TM, 1, "StudyArrivalTime", "1", "Study Arrival Time" },
    { 0x00321050, 0xFFFFFFFF, DCM_VR_DA, 1, "StudyCompletionDate", "1", "Study Completion Date" },
    { 0x00321051, 0xFFFFFFFF, DCM_VR_TM, 1, "StudyCompletionTime", "1", "Study Completion Time" },
    { 0x00321055, 0xFFFFFFFF, DCM_VR_CS, 1, "StudyComponentStatusID", "1", "Study Component Status ID" },
    { 0x00321060, 0xFFFFFFFF, DCM_VR_LO, 0, "RequestedProcedureDescription", "1", "Requested Procedure Description" },
    { 0x00321064, 0xFFFFFFFF, DCM_VR_SQ, 0, "RequestedProcedureCodeSequence", "1", "Requested Procedure Code Sequence" },
    { 0x00321065, 0xFFFFFFFF, DCM_VR_SQ, 0, "RequestedLateralityCodeSequence", "1", "Requested Laterality Code Sequence" },
    { 0x00321066, 0xFFFFFFFF, DCM_VR_UT, 0, "ReasonForVisit", "1", "Reason for Visit" },
    { 0x00321067, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReasonForVisitCodeSequence", "1", "Reason for Visit Code Sequence" },
    { 0x00321070, 0xFFFFFFFF, DCM_VR_LO, 0, "RequestedContrastAgent", "1", "Requested Contrast Agent" },
    { 0x00324000, 0xFFFFFFFF, DCM_VR_LT, 1, "StudyComments", "1", "Study Comments" },
    { 0x00340001, 0xFFFFFFFF, DCM_VR_SQ, 0, "FlowIdentifierSequence", "1", "Flow Identifier Sequence" },
    { 0x00340002, 0xFFFFFFFF, DCM_VR_OB, 0, "FlowIdentifier", "1", "Flow Identifier" },
    { 0x00340003, 0xFFFFFFFF, DCM_VR_UI, 0, "FlowTransferSyntaxUID", "1", "Flow Transfer Syntax UID" },
    { 0x00340004, 0xFFFFFFFF, DCM_VR_UL, 0, "FlowRTPSamplingRate", "1", "Flow RTP Sampling Rate" },
    { 0x00340005, 0xFFFFFFFF, DCM_VR_OB, 0, "SourceIdentifier", "1", "Source Identifier" },
    { 0x00340007, 0xFFFFFFFF, DCM_VR_OB, 0, "FrameOriginTimestamp", "1", "Frame Origin Timestamp" },
    { 0x00340008, 0xFFFFFFFF, DCM_VR_CS, 0, "IncludesImagingSubject", "1", "Includes Imaging Subject" },
    { 0x00340009, 0xFFFFFFFF, DCM_VR_SQ, 0, "FrameUsefulnessGroupSequence", "1", "Frame Usefulness Group Sequence" },
    { 0x0034000A, 0xFFFFFFFF, DCM_VR_SQ, 0, "RealTimeBulkDataFlowSequence", "1", "Real-Time Bulk Data Flow Sequence" },
    { 0x0034000B, 0xFFFFFFFF, DCM_VR_SQ, 0, "CameraPositionGroupSequence", "1", "Camera Position Group Sequence" },
    { 0x0034000C, 0xFFFFFFFF, DCM_VR_CS, 0, "IncludesInformation", "1", "Includes Information" },
    { 0x0034000D, 0xFFFFFFFF, DCM_VR_SQ, 0, "TimeOfFrameGroupSequence", "1", "Time of Frame Group Sequence" },
    { 0x00380004, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPatientAliasSequence", "1", "Referenced Patient Alias Sequence" },
    { 0x00380008, 0xFFFFFFFF, DCM_VR_CS, 0, "VisitStatusID", "1", "Visit Status ID" },
    { 0x00380010, 0xFFFFFFFF, DCM_VR_LO, 0, "AdmissionID", "1", "Admission ID" },
    { 0x00380011, 0xFFFFFFFF, DCM_VR_LO, 1, "IssuerOfAdmissionID", "1", "Issuer of Admission ID" },
    { 0x00380014, 0xFFFFFFFF, DCM_VR_SQ, 0, "IssuerOfAdmissionIDSequence", "1", "Issuer of Admission ID Sequence" },
    { 0x00380016, 0xFFFFFFFF, DCM_VR_LO, 0, "RouteOfAdmissions", "1", "Route of Admissions" },
    { 0x0038001A, 0xFFFFFFFF, DCM_VR_DA, 1, "ScheduledAdmissionDate", "1", "Scheduled Admission Date" },
    { 0x0038001B, 0xFFFFFFFF, DCM_VR_TM, 1, "ScheduledAdmissionTime", "1", "Scheduled Admission Time" },
    { 0x0038001C, 0xFFFFFFFF, DCM_VR_DA, 1, "ScheduledDischargeDate", "1", "Scheduled Discharge Date" },
    { 0x0038001D, 0xFFFFFFFF, DCM_VR_TM, 1, "ScheduledDischargeTime", "1", "Scheduled Discharge Time" },
    { 0x0038001E, 0xFFFFFFFF, DCM_VR_LO, 1, "ScheduledPatientInstitutionResidence", "1", "Scheduled Patient Institution Residence" },
    { 0x00380020, 0xFFFFFFFF, DCM_VR_DA, 0, "AdmittingDate", "1", "Admitting Date" },
    { 0x00380021, 0xFFFFFFFF, DCM_VR_TM, 0, "AdmittingTime", "1", "Admitting Time" },
    { 0x00380030, 0xFFFFFFFF, DCM_VR_DA, 1, "DischargeDate", "1", "Discharge Date" },
    { 0x00380032, 0xFFFFFFFF, DCM_VR_TM, 1, "DischargeTime", "1", "Discharge Time" },
    { 0x00380040, 0xFFFFFFFF, DCM_VR_LO, 1, "DischargeDiagnosisDescription", "1", "Discharge Diagnosis Description" },
    { 0x00380044, 0xFFFFFFFF, DCM_VR_SQ, 1, "DischargeDiagnosisCodeSequence", "1", "Discharge Diagnosis Code Sequence" },
    { 0x00380050, 0xFFFFFFFF, DCM_VR_LO, 0, "SpecialNeeds", "1", "Special Needs" },
    { 0x00380060, 0xFFFFFFFF, DCM_VR_LO, 0, "ServiceEpisodeID", "1", "Service Episode ID" },
    { 0x00380061, 0xFFFFFFFF, DCM_VR_LO, 1, "IssuerOfServiceEpisodeID", "1", "Issuer of Service Episode ID" },
    { 0x00380062, 0xFFFFFFFF, DCM_VR_LO, 0, "ServiceEpisodeDescription", "1", "Service Episode Description" },
    { 0x00380064, 0xFFFFFFFF, DCM_VR_SQ, 0, "IssuerOfServiceEpisodeIDSequence", "1", "Issuer of Service Episode ID Sequence" },
    { 0x00380100, 0xFFFFFFFF, DCM_VR_SQ, 0, "PertinentDocumentsSequence", "1", "Pertinent Documents Sequence" },
    { 0x00380101, 0xFFFFFFFF, DCM_VR_SQ, 0, "PertinentResourcesSequence", "1", "Pertinent Resources Sequence" },
    { 0x00380102, 0xFFFFFFFF, DCM_VR_LO, 0, "ResourceDescription", "1", "Resource Description" },
    { 0x00380300, 0xFFFFFFFF, DCM_VR_LO, 0, "CurrentPatientLocation", "1", "Current Patient Location" },
    { 0x00380400, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientInstitutionResidence", "1", "Patient's Institution Residence" },
    { 0x00380500, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientState", "1", "Patient State" },
    { 0x00380502, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientClinicalTrialParticipationSequence", "1", "Patient Clinical Trial Participation Sequence" },
    { 0x00384000, 0xFFFFFFFF, DCM_VR_LT, 0, "VisitComments", "1", "Visit Comments" },
    { 0x003A0004, 0xFFFFFFFF, DCM_VR_CS, 0, "WaveformOriginality", "1", "Waveform Originality" },
    { 0x003A0005, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfWaveformChannels", "1", "Number of Waveform Channels" },
    { 0x003A0010, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfWaveformSamples", "1", "Number of Waveform Samples" },
    { 0x003A001A, 0xFFFFFFFF, DCM_VR_DS, 0, "SamplingFrequency", "1", "Sampling Frequency" },
    { 0x003A0020, 0xFFFFFFFF, DCM_VR_SH, 0, "MultiplexGroupLabel", "1", "Multiplex Group Label" },
    { 0x003A0200, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelDefinitionSequence", "1", "Channel Definition Sequence" },
    { 0x003A0202, 0xFFFFFFFF, DCM_VR_IS, 0, "WaveformChannelNumber", "1", "Waveform Channel Number" },
    { 0x003A0203, 0xFFFFFFFF, DCM_VR_SH, 0, "ChannelLabel", "1", "Channel Label" },
    { 0x003A0205, 0xFFFFFFFF, DCM_VR_CS, 0, "ChannelStatus", "1-n", "Channel Status" },
    { 0x003A0208, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelSourceSequence", "1", "Channel Source Sequence" },
    { 0x003A0209, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelSourceModifiersSequence", "1", "Channel Source Modifiers Sequence" },
    { 0x003A020A, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceWaveformSequence", "1", "Source Waveform Sequence" },
    { 0x003A020C, 0xFFFFFFFF, DCM_VR_LO, 0, "ChannelDerivationDescription", "1", "Channel Derivation Description" },
    { 0x003A0210, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelSensitivity", "1", "Channel Sensitivity" },
    { 0x003A0211, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelSensitivityUnitsSequence", "1", "Channel Sensitivity Units Sequence" },
    { 0x003A0212, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelSensitivityCorrectionFactor", "1", "Channel Sensitivity Correction Factor" },
    { 0x003A0213, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelBaseline", "1", "Channel Baseline" },
    { 0x003A0214, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelTimeSkew", "1", "Channel Time Skew" },
    { 0x003A0215, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelSampleSkew", "1", "Channel Sample Skew" },
    { 0x003A0218, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelOffset", "1", "Channel Offset" },
    { 0x003A021A, 0xFFFFFFFF, DCM_VR_US, 0, "WaveformBitsStored", "1", "Waveform Bits Stored" },
    { 0x003A0220, 0xFFFFFFFF, DCM_VR_DS, 0, "FilterLowFrequency", "1", "Filter Low Frequency" },
    { 0x003A0221, 0xFFFFFFFF, DCM_VR_DS, 0, "FilterHighFrequency", "1", "Filter High Frequency" },
    { 0x003A0222, 0xFFFFFFFF, DCM_VR_DS, 0, "NotchFilterFrequency", "1", "Notch Filter Frequency" },
    { 0x003A0223, 0xFFFFFFFF, DCM_VR_DS, 0, "NotchFilterBandwidth", "1", "Notch Filter Bandwidth" },
    { 0x003A0230, 0xFFFFFFFF, DCM_VR_FL, 0, "WaveformDataDisplayScale", "1", "Waveform Data Display Scale" },
    { 0x003A0231, 0xFFFFFFFF, DCM_VR_US, 0, "WaveformDisplayBackgroundCIELabValue", "3", "Waveform Display Background CIELab Value" },
    { 0x003A0240, 0xFFFFFFFF, DCM_VR_SQ, 0, "WaveformPresentationGroupSequence", "1", "Waveform Presentation Group Sequence" },
    { 0x003A0241, 0xFFFFFFFF, DCM_VR_US, 0, "PresentationGroupNumber", "1", "Presentation Group Number" },
    { 0x003A0242, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelDisplaySequence", "1", "Channel Display Sequence" },
    { 0x003A0244, 0xFFFFFFFF, DCM_VR_US, 0, "ChannelRecommendedDisplayCIELabValue", "3", "Channel Recommended Display CIELab Value" },
    { 0x003A0245, 0xFFFFFFFF, DCM_VR_FL, 0, "ChannelPosition", "1", "Channel Position" },
    { 0x003A0246, 0xFFFFFFFF, DCM_VR_CS, 0, "DisplayShadingFlag", "1", "Display Shading Flag" },
    { 0x003A0247, 0xFFFFFFFF, DCM_VR_FL, 0, "FractionalChannelDisplayScale", "1", "Fractional Channel Display Scale" },
    { 0x003A0248, 0xFFFFFFFF, DCM_VR_FL, 0, "AbsoluteChannelDisplayScale", "1", "Absolute Channel Display Scale" },
    { 0x003A0300, 0xFFFFFFFF, DCM_VR_SQ, 0, "MultiplexedAudioChannelsDescriptionCodeSequence", "1", "Multiplexed Audio Channels Description Code Sequence" },
    { 0x003A0301, 0xFFFFFFFF, DCM_VR_IS, 0, "ChannelIdentificationCode", "1", "Channel Identification Code" },
    { 0x003A0302, 0xFFFFFFFF, DCM_VR_CS, 0, "ChannelMode", "1", "Channel Mode" },
    { 0x003A0310, 0xFFFFFFFF, DCM_VR_UI, 0, "MultiplexGroupUID", "1", "Multiplex Group UID" },
    { 0x003A0311, 0xFFFFFFFF, DCM_VR_DS, 0, "PowerlineFrequency", "1", "Powerline Frequency" },
    { 0x003A0312, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelImpedanceSequence", "1", "Channel Impedance Sequence" },
    { 0x003A0313, 0xFFFFFFFF, DCM_VR_DS, 0, "ImpedanceValue", "1", "Impedance Value" },
    { 0x003A0314, 0xFFFFFFFF, DCM_VR_DT, 0, "ImpedanceMeasurementDateTime", "1", "Impedance Measurement DateTime" },
    { 0x003A0315, 0xFFFFFFFF, DCM_VR_DS, 0, "ImpedanceMeasurementFrequency", "1", "Impedance Measurement Frequency" },
    { 0x003A0316, 0xFFFFFFFF, DCM_VR_CS, 0, "ImpedanceMeasurementCurrentType", "1", "Impedance Measurement Current Type" },
    { 0x00400001, 0xFFFFFFFF, DCM_VR_AE, 0, "ScheduledStationAETitle", "1-n", "Scheduled Station AE Title" },
    { 0x00400002, 0xFFFFFFFF, DCM_VR_DA, 0, "ScheduledProcedureStepStartDate", "1", "Scheduled Procedure Step Start Date" },
    { 0x00400003, 0xFFFFFFFF, DCM_VR_TM, 0, "ScheduledProcedureStepStartTime", "1", "Scheduled Procedure Step Start Time" },
    { 0x00400004, 0xFFFFFFFF, DCM_VR_DA, 0, "ScheduledProcedureStepEndDate", "1", "Scheduled Procedure Step End Date" },
    { 0x00400005, 0xFFFFFFFF, DCM_VR_TM, 0, "ScheduledProcedureStepEndTime", "1", "Scheduled Procedure Step End Time" },
    { 0x00400006, 0xFFFFFFFF, DCM_VR_PN, 0, "ScheduledPerformingPhysicianName", "1", "Scheduled Performing Physician's Name" },
    { 0x00400007, 0xFFFFFFFF, DCM_VR_LO, 0, "ScheduledProcedureStepDescription", "1", "Scheduled Procedure Step Description" },
    { 0x00400008, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledProtocolCodeSequence", "1", "Scheduled Protocol Code Sequence" },
    { 0x00400009, 0xFFFFFFFF, DCM_VR_SH, 0, "ScheduledProcedureStepID", "1", "Scheduled Procedure Step ID" },
    { 0x0040000A, 0xFFFFFFFF, DCM_VR_SQ, 0, "StageCodeSequence", "1", "Stage Code Sequence" },
    { 0x0040000B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledPerformingPhysicianIdentificationSequence", "1", "Scheduled Performing Physician Identification Sequence" },
    { 0x00400010, 0xFFFFFFFF, DCM_VR_SH, 0, "ScheduledStationName", "1-n", "Scheduled Station Name" },
    { 0x00400011, 0xFFFFFFFF, DCM_VR_SH, 0, "ScheduledProcedureStepLocation", "1", "Scheduled Procedure Step Location" },
    { 0x00400012, 0xFFFFFFFF, DCM_VR_LO, 0, "PreMedication", "1", "Pre-Medication" },
    { 0x00400020, 0xFFFFFFFF, DCM_VR_CS, 0, "ScheduledProcedureStepStatus", "1", "Scheduled Procedure Step Status" },
    { 0x00400026, 0xFFFFFFFF, DCM_VR_SQ, 0, "OrderPlacerIdentifierSequence", "1", "Order Placer Identifier Sequence" },
    { 0x00400027, 0xFFFFFFFF, DCM_VR_SQ, 0, "OrderFillerIdentifierSequence", "1", "Order Filler Identifier Sequence" },
    { 0x00400031, 0xFFFFFFFF, DCM_VR_UT, 0, "LocalNamespaceEntityID", "1", "Local Namespace Entity ID" },
    { 0x00400032, 0xFFFFFFFF, DCM_VR_UT, 0, "UniversalEntityID", "1", "Universal Entity ID" },
    { 0x00400033, 0xFFFFFFFF, DCM_VR_CS, 0, "UniversalEntityIDType", "1", "Universal Entity ID Type" },
    { 0x00400035, 0xFFFFFFFF, DCM_VR_CS, 0, "IdentifierTypeCode", "1", "Identifier Type Code" },
    { 0x00400036, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssigningFacilitySequence", "1", "Assigning Facility Sequence" },
    { 0x00400039, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssigningJurisdictionCodeSequence", "1", "Assigning Jurisdiction Code Sequence" },
    { 0x0040003A, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssigningAgencyOrDepartmentCodeSequence", "1", "Assigning Agency or Department Code Sequence" },
    { 0x00400100, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledProcedureStepSequence", "1", "Scheduled Procedure Step Sequence" },
    { 0x00400220, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedNonImageCompositeSOPInstanceSequence", "1", "Referenced Non-Image Composite SOP Instance Sequence" },
    { 0x00400241, 0xFFFFFFFF, DCM_VR_AE, 0, "PerformedStationAETitle", "1", "Performed Station AE Title" },
    { 0x00400242, 0xFFFFFFFF, DCM_VR_SH, 0, "PerformedStationName", "1", "Performed Station Name" },
    { 0x00400243, 0xFFFFFFFF, DCM_VR_SH, 0, "PerformedLocation", "1", "Performed Location" },
    { 0x00400244, 0xFFFFFFFF, DCM_VR_DA, 0, "PerformedProcedureStepStartDate", "1", "Performed Procedure Step Start Date" },
    { 0x00400245, 0xFFFFFFFF, DCM_VR_TM, 0, "PerformedProcedureStepStartTime", "1", "Performed Procedure Step Start Time" },
    { 0x00400250, 0xFFFFFFFF, DCM_VR_DA, 0, "PerformedProcedureStepEndDate", "1", "Performed Procedure Step End Date" },
    { 0x00400251, 0xFFFFFFFF, DCM_VR_TM, 0, "PerformedProcedureStepEndTime", "1", "Performed Procedure Step End Time" },
    { 0x00400252, 0xFFFFFFFF, DCM_VR_CS, 0, "PerformedProcedureStepStatus", "1", "Performed Procedure Step Status" },
    { 0x00400253, 0xFFFFFFFF, DCM_VR_SH, 0, "PerformedProcedureStepID", "1", "Performed Procedure Step ID" },
    { 0x00400254, 0xFFFFFFFF, DCM_VR_LO, 0, "PerformedProcedureStepDescription", "1", "Performed Procedure Step Description" },
    { 0x00400255, 0xFFFFFFFF, DCM_VR_LO, 0, "PerformedProcedureTypeDescription", "1", "Performed Procedure Type Description" },
    { 0x00400260, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedProtocolCodeSequence", "1", "Performed Protocol Code Sequence" },
    { 0x00400261, 0xFFFFFFFF, DCM_VR_CS, 0, "PerformedProtocolType", "1", "Performed Protocol Type" },
    { 0x00400270, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledStepAttributesSequence", "1", "Scheduled Step Attributes Sequence" },
    { 0x00400275, 0xFFFFFFFF, DCM_VR_SQ, 0, "RequestAttributesSequence", "1", "Request Attributes Sequence" },
    { 0x00400280, 0xFFFFFFFF, DCM_VR_ST, 0, "CommentsOnThePerformedProcedureStep", "1", "Comments on the Performed Procedure Step" },
    { 0x00400281, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedProcedureStepDiscontinuationReasonCodeSequence", "1", "Performed Procedure Step Discontinuation Reason Code Sequence" },
    { 0x00400293, 0xFFFFFFFF, DCM_VR_SQ, 0, "QuantitySequence", "1", "Quantity Sequence" },
    { 0x00400294, 0xFFFFFFFF, DCM_VR_DS, 0, "Quantity", "1", "Quantity" },
    { 0x00400295, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasuringUnitsSequence", "1", "Measuring Units Sequence" },
    { 0x00400296, 0xFFFFFFFF, DCM_VR_SQ, 0, "BillingItemSequence", "1", "Billing Item Sequence" },
    { 0x00400300, 0xFFFFFFFF, DCM_VR_US, 1, "TotalTimeOfFluoroscopy", "1", "Total Time of Fluoroscopy" },
    { 0x00400301, 0xFFFFFFFF, DCM_VR_US, 1, "TotalNumberOfExposures", "1", "Total Number of Exposures" },
    { 0x00400302, 0xFFFFFFFF, DCM_VR_US, 0, "EntranceDose", "1", "Entrance Dose" },
    { 0x00400303, 0xFFFFFFFF, DCM_VR_US, 0, "ExposedArea", "1-2", "Exposed Area" },
    { 0x00400306, 0xFFFFFFFF, DCM_VR_DS, 0, "DistanceSourceToEntrance", "1", "Distance Source to Entrance" },
    { 0x00400307, 0xFFFFFFFF, DCM_VR_DS, 1, "DistanceSourceToSupport", "1", "Distance Source to Support" },
    { 0x0040030E, 0xFFFFFFFF, DCM_VR_SQ, 1, "ExposureDoseSequence", "1", "Exposure Dose Sequence" },
    { 0x00400310, 0xFFFFFFFF, DCM_VR_ST, 0, "CommentsOnRadiationDose", "1", "Comments on Radiation Dose" },
    { 0x00400312, 0xFFFFFFFF, DCM_VR_DS, 0, "XRayOutput", "1", "X-Ray Output" },
    { 0x00400314, 0xFFFFFFFF, DCM_VR_DS, 0, "HalfValueLayer", "1", "Half Value Layer" },
    { 0x00400316, 0xFFFFFFFF, DCM_VR_DS, 0, "OrganDose", "1", "Organ Dose" },
    { 0x00400318, 0xFFFFFFFF, DCM_VR_CS, 0, "OrganExposed", "1", "Organ Exposed" },
    { 0x00400320, 0xFFFFFFFF, DCM_VR_SQ, 0, "BillingProcedureStepSequence", "1", "Billing Procedure Step Sequence" },
    { 0x00400321, 0xFFFFFFFF, DCM_VR_SQ, 0, "FilmConsumptionSequence", "1", "Film Consumption Sequence" },
    { 0x00400324, 0xFFFFFFFF, DCM_VR_SQ, 0, "BillingSuppliesAndDevicesSequence", "1", "Billing Supplies and Devices Sequence" },
    { 0x00400330, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedProcedureStepSequence", "1", "Referenced Procedure Step Sequence" },
    { 0x00400340, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedSeriesSequence", "1", "Performed Series Sequence" },
    { 0x00400400, 0xFFFFFFFF, DCM_VR_LT, 0, "CommentsOnTheScheduledProcedureStep", "1", "Comments on the Scheduled Procedure Step" },
    { 0x00400440, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProtocolContextSequence", "1", "Protocol Context Sequence" },
    { 0x00400441, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContentItemModifierSequence", "1", "Content Item Modifier Sequence" },
    { 0x00400500, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledSpecimenSequence", "1", "Scheduled Specimen Sequence" },
    { 0x0040050A, 0xFFFFFFFF, DCM_VR_LO, 1, "SpecimenAccessionNumber", "1", "Specimen Accession Number" },
    { 0x00400512, 0xFFFFFFFF, DCM_VR_LO, 0, "ContainerIdentifier", "1", "Container Identifier" },
    { 0x00400513, 0xFFFFFFFF, DCM_VR_SQ, 0, "IssuerOfTheContainerIdentifierSequence", "1", "Issuer of the Container Identifier Sequence" },
    { 0x00400515, 0xFFFFFFFF, DCM_VR_SQ, 0, "AlternateContainerIdentifierSequence", "1", "Alternate Container Identifier Sequence" },
    { 0x00400518, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContainerTypeCodeSequence", "1", "Container Type Code Sequence" },
    { 0x0040051A, 0xFFFFFFFF, DCM_VR_LO, 0, "ContainerDescription", "1", "Container Description" },
    { 0x00400520, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContainerComponentSequence", "1", "Container Component Sequence" },
    { 0x00400550, 0xFFFFFFFF, DCM_VR_SQ, 1, "SpecimenSequence", "1", "Specimen Sequence" },
    { 0x00400551, 0xFFFFFFFF, DCM_VR_LO, 0, "SpecimenIdentifier", "1", "Specimen Identifier" },
    { 0x00400552, 0xFFFFFFFF, DCM_VR_SQ, 1, "SpecimenDescriptionSequenceTrial", "1", "Specimen Description Sequence (Trial)" },
    { 0x00400553, 0xFFFFFFFF, DCM_VR_ST, 1, "SpecimenDescriptionTrial", "1", "Specimen Description (Trial)" },
    { 0x00400554, 0xFFFFFFFF, DCM_VR_UI, 0, "SpecimenUID", "1", "Specimen UID" },
    { 0x00400555, 0xFFFFFFFF, DCM_VR_SQ, 0, "AcquisitionContextSequence", "1", "Acquisition Context Sequence" },
    { 0x00400556, 0xFFFFFFFF, DCM_VR_ST, 0, "AcquisitionContextDescription", "1", "Acquisition Context Description" },
    { 0x00400560, 0xFFFFFFFF, DCM_VR_SQ, 0, "SpecimenDescriptionSequence", "1", "Specimen Description Sequence" },
    { 0x00400562, 0xFFFFFFFF, DCM_VR_SQ, 0, "IssuerOfTheSpecimenIdentifierSequence", "1", "Issuer of the Specimen Identifier Sequence" },
    { 0x0040059A, 0xFFFFFFFF, DCM_VR_SQ, 0, "SpecimenTypeCodeSequence", "1", "Specimen Type Code Sequence" },
    { 0x00400600, 0xFFFFFFFF, DCM_VR_LO, 0, "SpecimenShortDescription", "1", "Specimen Short Description" },
    { 0x00400602, 0xFFFFFFFF, DCM_VR_UT, 0, "SpecimenDetailedDescription", "1", "Specimen Detailed Description" },
    { 0x00400610, 0xFFFFFFFF, DCM_VR_SQ, 0, "SpecimenPreparationSequence", "1", "Specimen Preparation Sequence" },
    { 0x00400612, 0xFFFFFFFF, DCM_VR_SQ, 0, "SpecimenPreparationStepContentItemSequence", "1", "Specimen Preparation Step Content Item Sequence" },
    { 0x00400620, 0xFFFFFFFF, DCM_VR_SQ, 0, "SpecimenLocalizationContentItemSequence", "1", "Specimen Localization Content Item Sequence" },
    { 0x004006FA, 0xFFFFFFFF, DCM_VR_LO, 1, "SlideIdentifier", "1", "Slide Identifier" },
    { 0x00400710, 0xFFFFFFFF, DCM_VR_SQ, 0, "WholeSlideMicroscopyImageFrameTypeSequence", "1", "Whole Slide Microscopy Image Frame Type Sequence" },
    { 0x0040071A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImageCenterPointCoordinatesSequence", "1", "Image Center Point Coordinates Sequence" },
    { 0x0040072A, 0xFFFFFFFF, DCM_VR_DS, 0, "XOffsetInSlideCoordinateSystem", "1", "X Offset in Slide Coordinate System" },
    { 0x0040073A, 0xFFFFFFFF, DCM_VR_DS, 0, "YOffsetInSlideCoordinateSystem", "1", "Y Offset in Slide Coordinate System" },
    { 0x0040074A, 0xFFFFFFFF, DCM_VR_DS, 0, "ZOffsetInSlideCoordinateSystem", "1", "Z Offset in Slide Coordinate System" },
    { 0x004008D8, 0xFFFFFFFF, DCM_VR_SQ, 1, "PixelSpacingSequence", "1", "Pixel Spacing Sequence" },
    { 0x004008DA, 0xFFFFFFFF, DCM_VR_SQ, 1, "CoordinateSystemAxisCodeSequence", "1", "Coordinate System Axis Code Sequence" },
    { 0x004008EA, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasurementUnitsCodeSequence", "1", "Measurement Units Code Sequence" },
    { 0x004009F8, 0xFFFFFFFF, DCM_VR_SQ, 1, "VitalStainCodeSequenceTrial", "1", "Vital Stain Code Sequence (Trial)" },
    { 0x00401001, 0xFFFFFFFF, DCM_VR_SH, 0, "RequestedProcedureID", "1", "Requested Procedure ID" },
    { 0x00401002, 0xFFFFFFFF, DCM_VR_LO, 0, "ReasonForTheRequestedProcedure", "1", "Reason for the Requested Procedure" },
    { 0x00401003, 0xFFFFFFFF, DCM_VR_SH, 0, "RequestedProcedurePriority", "1", "Requested Procedure Priority" },
    { 0x00401004, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientTransportArrangements", "1", "Patient Transport Arrangements" },
    { 0x00401005, 0xFFFFFFFF, DCM_VR_LO, 0, "RequestedProcedureLocation", "1", "Requested Procedure Location" },
    { 0x00401006, 0xFFFFFFFF, DCM_VR_SH, 1, "PlacerOrderNumberProcedure", "1", "Placer Order Number / Procedure" },
    { 0x00401007, 0xFFFFFFFF, DCM_VR_SH, 1, "FillerOrderNumberProcedure", "1", "Filler Order Number / Procedure" },
    { 0x00401008, 0xFFFFFFFF, DCM_VR_LO, 0, "ConfidentialityCode", "1", "Confidentiality Code" },
    { 0x00401009, 0xFFFFFFFF, DCM_VR_SH, 0, "ReportingPriority", "1", "Reporting Priority" },
    { 0x0040100A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReasonForRequestedProcedureCodeSequence", "1", "Reason for Requested Procedure Code Sequence" },
    { 0x00401010, 0xFFFFFFFF, DCM_VR_PN, 0, "NamesOfIntendedRecipientsOfResults", "1-n", "Names of Intended Recipients of Results" },
    { 0x00401011, 0xFFFFFFFF, DCM_VR_SQ, 0, "IntendedRecipientsOfResultsIdentificationSequence", "1", "Intended Recipients of Results Identification Sequence" },
    { 0x00401012, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReasonForPerformedProcedureCodeSequence", "1", "Reason For Performed Procedure Code Sequence" },
    { 0x00401060, 0xFFFFFFFF, DCM_VR_LO, 1, "RequestedProcedureDescriptionTrial", "1", "Requested Procedure Description (Trial)" },
    { 0x00401101, 0xFFFFFFFF, DCM_VR_SQ, 0, "PersonIdentificationCodeSequence", "1", "Person Identification Code Sequence" },
    { 0x00401102, 0xFFFFFFFF, DCM_VR_ST, 0, "PersonAddress", "1", "Person's Address" },
    { 0x00401103, 0xFFFFFFFF, DCM_VR_LO, 0, "PersonTelephoneNumbers", "1-n", "Person's Telephone Numbers" },
    { 0x00401104, 0xFFFFFFFF, DCM_VR_LT, 0, "PersonTelecomInformation", "1", "Person's Telecom Information" },
    { 0x00401400, 0xFFFFFFFF, DCM_VR_LT, 0, "RequestedProcedureComments", "1", "Requested Procedure Comments" },
    { 0x00402001, 0xFFFFFFFF, DCM_VR_LO, 1, "ReasonForTheImagingServiceRequest", "1", "Reason for the Imaging Service Request" },
    { 0x00402004, 0xFFFFFFFF, DCM_VR_DA, 0, "IssueDateOfImagingServiceRequest", "1", "Issue Date of Imaging Service Request" },
    { 0x00402005, 0xFFFFFFFF, DCM_VR_TM, 0, "IssueTimeOfImagingServiceRequest", "1", "Issue Time of Imaging Service Request" },
    { 0x00402006, 0xFFFFFFFF, DCM_VR_SH, 1, "PlacerOrderNumberImagingServiceRequestRetired", "1", "Placer Order Number / Imaging Service Request (Retired)" },
    { 0x00402007, 0xFFFFFFFF, DCM_VR_SH, 1, "FillerOrderNumberImagingServiceRequestRetired", "1", "Filler Order Number / Imaging Service Request (Retired)" },
    { 0x00402008, 0xFFFFFFFF, DCM_VR_PN, 0, "OrderEnteredBy", "1", "Order Entered By" },
    { 0x00402009, 0xFFFFFFFF, DCM_VR_SH, 0, "OrderEntererLocation", "1", "Order Enterer's Location" },
    { 0x00402010, 0xFFFFFFFF, DCM_VR_SH, 0, "OrderCallbackPhoneNumber", "1", "Order Callback Phone Number" },
    { 0x00402011, 0xFFFFFFFF, DCM_VR_LT, 0, "OrderCallbackTelecomInformation", "1", "Order Callback Telecom Information" },
    { 0x00402016, 0xFFFFFFFF, DCM_VR_LO, 0, "PlacerOrderNumberImagingServiceRequest", "1", "Placer Order Number / Imaging Service Request" },
    { 0x00402017, 0xFFFFFFFF, DCM_VR_LO, 0, "FillerOrderNumberImagingServiceRequest", "1", "Filler Order Number / Imaging Service Request" },
    { 0x00402400, 0xFFFFFFFF, DCM_VR_LT, 0, "ImagingServiceRequestComments", "1", "Imaging Service Request Comments" },
    { 0x00403001, 0xFFFFFFFF, DCM_VR_LO, 0, "ConfidentialityConstraintOnPatientDataDescription", "1", "Confidentiality Constraint on Patient Data Description" },
    { 0x00404001, 0xFFFFFFFF, DCM_VR_CS, 1, "GeneralPurposeScheduledProcedureStepStatus", "1", "General Purpose Scheduled Procedure Step Status" },
    { 0x00404002, 0xFFFFFFFF, DCM_VR_CS, 1, "GeneralPurposePerformedProcedureStepStatus", "1", "General Purpose Performed Procedure Step Status" },
    { 0x00404003, 0xFFFFFFFF, DCM_VR_CS, 1, "GeneralPurposeScheduledProcedureStepPriority", "1", "General Purpose Scheduled Procedure Step Priority" },
    { 0x00404004, 0xFFFFFFFF, DCM_VR_SQ, 1, "ScheduledProcessingApplicationsCodeSequence", "1", "Scheduled Processing Applications Code Sequence" },
    { 0x00404005, 0xFFFFFFFF, DCM_VR_DT, 0, "ScheduledProcedureStepStartDateTime", "1", "Scheduled Procedure Step Start DateTime" },
    { 0x00404006, 0xFFFFFFFF, DCM_VR_CS, 1, "MultipleCopiesFlag", "1", "Multiple Copies Flag" },
    { 0x00404007, 0xFFFFFFFF, DCM_VR_SQ, 1, "PerformedProcessingApplicationsCodeSequence", "1", "Performed Processing Applications Code Sequence" },
    { 0x00404008, 0xFFFFFFFF, DCM_VR_DT, 0, "ScheduledProcedureStepExpirationDateTime", "1", "Scheduled Procedure Step Expiration DateTime" },
    { 0x00404009, 0xFFFFFFFF, DCM_VR_SQ, 0, "HumanPerformerCodeSequence", "1", "Human Performer Code Sequence" },
    { 0x00404010, 0xFFFFFFFF, DCM_VR_DT, 0, "ScheduledProcedureStepModificationDateTime", "1", "Scheduled Procedure Step Modification DateTime" },
    { 0x00404011, 0xFFFFFFFF, DCM_VR_DT, 0, "ExpectedCompletionDateTime", "1", "Expected Completion DateTime" },
    { 0x00404015, 0xFFFFFFFF, DCM_VR_SQ, 1, "ResultingGeneralPurposePerformedProcedureStepsSequence", "1", "Resulting General Purpose Performed Procedure Steps Sequence" },
    { 0x00404016, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedGeneralPurposeScheduledProcedureStepSequence", "1", "Referenced General Purpose Scheduled Procedure Step Sequence" },
    { 0x00404018, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledWorkitemCodeSequence", "1", "Scheduled Workitem Code Sequence" },
    { 0x00404019, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedWorkitemCodeSequence", "1", "Performed Workitem Code Sequence" },
    { 0x00404020, 0xFFFFFFFF, DCM_VR_CS, 1, "InputAvailabilityFlag", "1", "Input Availability Flag" },
    { 0x00404021, 0xFFFFFFFF, DCM_VR_SQ, 0, "InputInformationSequence", "1", "Input Information Sequence" },
    { 0x00404022, 0xFFFFFFFF, DCM_VR_SQ, 1, "RelevantInformationSequence", "1", "Relevant Information Sequence" },
    { 0x00404023, 0xFFFFFFFF, DCM_VR_UI, 1, "ReferencedGeneralPurposeScheduledProcedureStepTransactionUID", "1", "Referenced General Purpose Scheduled Procedure Step Transaction UID" },
    { 0x00404025, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledStationNameCodeSequence", "1", "Scheduled Station Name Code Sequence" },
    { 0x00404026, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledStationClassCodeSequence", "1", "Scheduled Station Class Code Sequence" },
    { 0x00404027, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledStationGeographicLocationCodeSequence", "1", "Scheduled Station Geographic Location Code Sequence" },
    { 0x00404028, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedStationNameCodeSequence", "1", "Performed Station Name Code Sequence" },
    { 0x00404029, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedStationClassCodeSequence", "1", "Performed Station Class Code Sequence" },
    { 0x00404030, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedStationGeographicLocationCodeSequence", "1", "Performed Station Geographic Location Code Sequence" },
    { 0x00404031, 0xFFFFFFFF, DCM_VR_SQ, 1, "RequestedSubsequentWorkitemCodeSequence", "1", "Requested Subsequent Workitem Code Sequence" },
    { 0x00404032, 0xFFFFFFFF, DCM_VR_SQ, 1, "NonDICOMOutputCodeSequence", "1", "Non-DICOM Output Code Sequence" },
    { 0x00404033, 0xFFFFFFFF, DCM_VR_SQ, 0, "OutputInformationSequence", "1", "Output Information Sequence" },
    { 0x00404034, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledHumanPerformersSequence", "1", "Scheduled Human Performers Sequence" },
    { 0x00404035, 0xFFFFFFFF, DCM_VR_SQ, 0, "ActualHumanPerformersSequence", "1", "Actual Human Performers Sequence" },
    { 0x00404036, 0xFFFFFFFF, DCM_VR_LO, 0, "HumanPerformerOrganization", "1", "Human Performer's Organization" },
    { 0x00404037, 0xFFFFFFFF, DCM_VR_PN, 0, "HumanPerformerName", "1", "Human Performer's Name" },
    { 0x00404040, 0xFFFFFFFF, DCM_VR_CS, 0, "RawDataHandling", "1", "Raw Data Handling" },
    { 0x00404041, 0xFFFFFFFF, DCM_VR_CS, 0, "InputReadinessState", "1", "Input Readiness State" },
    { 0x00404050, 0xFFFFFFFF, DCM_VR_DT, 0, "PerformedProcedureStepStartDateTime", "1", "Performed Procedure Step Start DateTime" },
    { 0x00404051, 0xFFFFFFFF, DCM_VR_DT, 0, "PerformedProcedureStepEndDateTime", "1", "Performed Procedure Step End DateTime" },
    { 0x00404052, 0xFFFFFFFF, DCM_VR_DT, 0, "ProcedureStepCancellationDateTime", "1", "Procedure Step Cancellation DateTime" },
    { 0x00404070, 0xFFFFFFFF, DCM_VR_SQ, 0, "OutputDestinationSequence", "1", "Output Destination Sequence" },
    { 0x00404071, 0xFFFFFFFF, DCM_VR_SQ, 0, "DICOMStorageSequence", "1", "DICOM Storage Sequence" },
    { 0x00404072, 0xFFFFFFFF, DCM_VR_SQ, 0, "STOWRSStorageSequence", "1", "STOW-RS Storage Sequence" },
    { 0x00404073, 0xFFFFFFFF, DCM_VR_UR, 0, "StorageURL", "1", "Storage URL" },
    { 0x00404074, 0xFFFFFFFF, DCM_VR_SQ, 0, "XDSStorageSequence", "1", "XDS Storage Sequence" },
    { 0x00408302, 0xFFFFFFFF, DCM_VR_DS, 0, "EntranceDoseInmGy", "1", "Entrance Dose in mGy" },
    { 0x00408303, 0xFFFFFFFF, DCM_VR_CS, 0, "EntranceDoseDerivation", "1", "Entrance Dose Derivation" },
    { 0x00409092, 0xFFFFFFFF, DCM_VR_SQ, 0, "ParametricMapFrameTypeSequence", "1", "Parametric Map Frame Type Sequence" },
    { 0x00409094, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedImageRealWorldValueMappingSequence", "1", "Referenced Image Real World Value Mapping Sequence" },
    { 0x00409096, 0xFFFFFFFF, DCM_VR_SQ, 0, "RealWorldValueMappingSequence", "1", "Real World Value Mapping Sequence" },
    { 0x00409098, 0xFFFFFFFF, DCM_VR_SQ, 0, "PixelValueMappingCodeSequence", "1", "Pixel Value Mapping Code Sequence" },
    { 0x00409210, 0xFFFFFFFF, DCM_VR_SH, 0, "LUTLabel", "1", "LUT Label" },
    { 0x00409211, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "RealWorldValueLastValueMapped", "1", "Real World Value Last Value Mapped" },
    { 0x00409212, 0xFFFFFFFF, DCM_VR_FD, 0, "RealWorldValueLUTData", "1-n", "Real World Value LUT Data" },
    { 0x00409213, 0xFFFFFFFF, DCM_VR_FD, 0, "DoubleFloatRealWorldValueLastValueMapped", "1", "Double Float Real World Value Last Value Mapped" },
    { 0x00409214, 0xFFFFFFFF, DCM_VR_FD, 0, "DoubleFloatRealWorldValueFirstValueMapped", "1", "Double Float Real World Value First Value Mapped" },
    { 0x00409216, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "RealWorldValueFirstValueMapped", "1", "Real World Value First Value Mapped" },
    { 0x00409220, 0xFFFFFFFF, DCM_VR_SQ, 0, "QuantityDefinitionSequence", "1", "Quantity Definition Sequence" },
    { 0x00409224, 0xFFFFFFFF, DCM_VR_FD, 0, "RealWorldValueIntercept", "1", "Real World Value Intercept" },
    { 0x00409225, 0xFFFFFFFF, DCM_VR_FD, 0, "RealWorldValueSlope", "1", "Real World Value Slope" },
    { 0x0040A007, 0xFFFFFFFF, DCM_VR_CS, 1, "FindingsFlagTrial", "1", "Findings Flag (Trial)" },
    { 0x0040A010, 0xFFFFFFFF, DCM_VR_CS, 0, "RelationshipType", "1", "Relationship Type" },
    { 0x0040A020, 0xFFFFFFFF, DCM_VR_SQ, 1, "FindingsSequenceTrial", "1", "Findings Sequence (Trial)" },
    { 0x0040A021, 0xFFFFFFFF, DCM_VR_UI, 1, "FindingsGroupUIDTrial", "1", "Findings Group UID (Trial)" },
    { 0x0040A022, 0xFFFFFFFF, DCM_VR_UI, 1, "ReferencedFindingsGroupUIDTrial", "1", "Referenced Findings Group UID (Trial)" },
    { 0x0040A023, 0xFFFFFFFF, DCM_VR_DA, 1, "FindingsGroupRecordingDateTrial", "1", "Findings Group Recording Date (Trial)" },
    { 0x0040A024, 0xFFFFFFFF, DCM_VR_TM, 1, "FindingsGroupRecordingTimeTrial", "1", "Findings Group Recording Time (Trial)" },
    { 0x0040A026, 0xFFFFFFFF, DCM_VR_SQ, 1, "FindingsSourceCategoryCodeSequenceTrial", "1", "Findings Source Category Code Sequence (Trial)" },
    { 0x0040A027, 0xFFFFFFFF, DCM_VR_LO, 0, "VerifyingOrganization", "1", "Verifying Organization" },
    { 0x0040A028, 0xFFFFFFFF, DCM_VR_SQ, 1, "DocumentingOrganizationIdentifierCodeSequenceTrial", "1", "Documenting Organization Identifier Code Sequence (Trial)" },
    { 0x0040A030, 0xFFFFFFFF, DCM_VR_DT, 0, "VerificationDateTime", "1", "Verification DateTime" },
    { 0x0040A032, 0xFFFFFFFF, DCM_VR_DT, 0, "ObservationDateTime", "1", "Observation DateTime" },
    { 0x0040A033, 0xFFFFFFFF, DCM_VR_DT, 0, "ObservationStartDateTime", "1", "Observation Start DateTime" },
    { 0x0040A040, 0xFFFFFFFF, DCM_VR_CS, 0, "ValueType", "1", "Value Type" },
    { 0x0040A043, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptNameCodeSequence", "1", "Concept Name Code Sequence" },
    { 0x0040A047, 0xFFFFFFFF, DCM_VR_LO, 1, "MeasurementPrecisionDescriptionTrial", "1", "Measurement Precision Description (Trial)" },
    { 0x0040A050, 0xFFFFFFFF, DCM_VR_CS, 0, "ContinuityOfContent", "1", "Continuity Of Content" },
    { 0x0040A057, 0xFFFFFFFF, DCM_VR_CS, 1, "UrgencyOrPriorityAlertsTrial", "1-n", "Urgency or Priority Alerts (Trial)" },
    { 0x0040A060, 0xFFFFFFFF, DCM_VR_LO, 1, "SequencingIndicatorTrial", "1", "Sequencing Indicator (Trial)" },
    { 0x0040A066, 0xFFFFFFFF, DCM_VR_SQ, 1, "DocumentIdentifierCodeSequenceTrial", "1", "Document Identifier Code Sequence (Trial)" },
    { 0x0040A067, 0xFFFFFFFF, DCM_VR_PN, 1, "DocumentAuthorTrial", "1", "Document Author (Trial)" },
    { 0x0040A068, 0xFFFFFFFF, DCM_VR_SQ, 1, "DocumentAuthorIdentifierCodeSequenceTrial", "1", "Document Author Identifier Code Sequence (Trial)" },
    { 0x0040A070, 0xFFFFFFFF, DCM_VR_SQ, 1, "IdentifierCodeSequenceTrial", "1", "Identifier Code Sequence (Trial)" },
    { 0x0040A073, 0xFFFFFFFF, DCM_VR_SQ, 0, "VerifyingObserverSequence", "1", "Verifying Observer Sequence" },
    { 0x0040A074, 0xFFFFFFFF, DCM_VR_OB, 1, "ObjectBinaryIdentifierTrial", "1", "Object Binary Identifier (Trial)" },
    { 0x0040A075, 0xFFFFFFFF, DCM_VR_PN, 0, "VerifyingObserverName", "1", "Verifying Observer Name" },
    { 0x0040A076, 0xFFFFFFFF, DCM_VR_SQ, 1, "DocumentingObserverIdentifierCodeSequenceTrial", "1", "Documenting Observer Identifier Code Sequence (Trial)" },
    { 0x0040A078, 0xFFFFFFFF, DCM_VR_SQ, 0, "AuthorObserverSequence", "1", "Author Observer Sequence" },
    { 0x0040A07A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ParticipantSequence", "1", "Participant Sequence" },
    { 0x0040A07C, 0xFFFFFFFF, DCM_VR_SQ, 0, "CustodialOrganizationSequence", "1", "Custodial Organization Sequence" },
    { 0x0040A080, 0xFFFFFFFF, DCM_VR_CS, 0, "ParticipationType", "1", "Participation Type" },
    { 0x0040A082, 0xFFFFFFFF, DCM_VR_DT, 0, "ParticipationDateTime", "1", "Participation DateTime" },
    { 0x0040A084, 0xFFFFFFFF, DCM_VR_CS, 0, "ObserverType", "1", "Observer Type" },
    { 0x0040A085, 0xFFFFFFFF, DCM_VR_SQ, 1, "ProcedureIdentifierCodeSequenceTrial", "1", "Procedure Identifier Code Sequence (Trial)" },
    { 0x0040A088, 0xFFFFFFFF, DCM_VR_SQ, 0, "VerifyingObserverIdentificationCodeSequence", "1", "Verifying Observer Identification Code Sequence" },
    { 0x0040A089, 0xFFFFFFFF, DCM_VR_OB, 1, "ObjectDirectoryBinaryIdentifierTrial", "1", "Object Directory Binary Identifier (Trial)" },
    { 0x0040A090, 0xFFFFFFFF, DCM_VR_SQ, 1, "EquivalentCDADocumentSequence", "1", "Equivalent CDA Document Sequence" },
    { 0x0040A0B0, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedWaveformChannels", "2-2n", "Referenced Waveform Channels" },
    { 0x0040A110, 0xFFFFFFFF, DCM_VR_DA, 1, "DateOfDocumentOrVerbalTransactionTrial", "1", "Date of Document or Verbal Transaction (Trial)" },
    { 0x0040A112, 0xFFFFFFFF, DCM_VR_TM, 1, "TimeOfDocumentCreationOrVerbalTransactionTrial", "1", "Time of Document Creation or Verbal Transaction (Trial)" },
    { 0x0040A120, 0xFFFFFFFF, DCM_VR_DT, 0, "DateTime", "1", "DateTime" },
    { 0x0040A121, 0xFFFFFFFF, DCM_VR_DA, 0, "Date", "1", "Date" },
    { 0x0040A122, 0xFFFFFFFF, DCM_VR_TM, 0, "Time", "1", "Time" },
    { 0x0040A123, 0xFFFFFFFF, DCM_VR_PN, 0, "PersonName", "1", "Person Name" },
    { 0x0040A124, 0xFFFFFFFF, DCM_VR_UI, 0, "UID", "1", "UID" },
    { 0x0040A125, 0xFFFFFFFF, DCM_VR_CS, 1, "ReportStatusIDTrial", "2", "Report Status ID (Trial)" },
    { 0x0040A130, 0xFFFFFFFF, DCM_VR_CS, 0, "TemporalRangeType", "1", "Temporal Range Type" },
    { 0x0040A132, 0xFFFFFFFF, DCM_VR_UL, 0, "ReferencedSamplePositions", "1-n", "Referenced Sample Positions" },
    { 0x0040A136, 0xFFFFFFFF, DCM_VR_US, 1, "ReferencedFrameNumbers", "1-n", "Referenced Frame Numbers" },
    { 0x0040A138, 0xFFFFFFFF, DCM_VR_DS, 0, "ReferencedTimeOffsets", "1-n", "Referenced Time Offsets" },
    { 0x0040A13A, 0xFFFFFFFF, DCM_VR_DT, 0, "ReferencedDateTime", "1-n", "Referenced DateTime" },
    { 0x0040A160, 0xFFFFFFFF, DCM_VR_UT, 0, "TextValue", "1", "Text Value" },
    { 0x0040A161, 0xFFFFFFFF, DCM_VR_FD, 0, "FloatingPointValue", "1-n", "Floating Point Value" },
    { 0x0040A162, 0xFFFFFFFF, DCM_VR_SL, 0, "RationalNumeratorValue", "1-n", "Rational Numerator Value" },
    { 0x0040A163, 0xFFFFFFFF, DCM_VR_UL, 0, "RationalDenominatorValue", "1-n", "Rational Denominator Value" },
    { 0x0040A167, 0xFFFFFFFF, DCM_VR_SQ, 1, "ObservationCategoryCodeSequenceTrial", "1", "Observation Category Code Sequence (Trial)" },
    { 0x0040A168, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptCodeSequence", "1", "Concept Code Sequence" },
    { 0x0040A16A, 0xFFFFFFFF, DCM_VR_ST, 1, "BibliographicCitationTrial", "1", "Bibliographic Citation (Trial)" },
    { 0x0040A170, 0xFFFFFFFF, DCM_VR_SQ, 0, "PurposeOfReferenceCodeSequence", "1", "Purpose of Reference Code Sequence" },
    { 0x0040A171, 0xFFFFFFFF, DCM_VR_UI, 0, "ObservationUID", "1", "Observation UID" },
    { 0x0040A172, 0xFFFFFFFF, DCM_VR_UI, 1, "ReferencedObservationUIDTrial", "1", "Referenced Observation UID (Trial)" },
    { 0x0040A173, 0xFFFFFFFF, DCM_VR_CS, 1, "ReferencedObservationClassTrial", "1", "Referenced Observation Class (Trial)" },
    { 0x0040A174, 0xFFFFFFFF, DCM_VR_CS, 1, "ReferencedObjectObservationClassTrial", "1", "Referenced Object Observation Class (Trial)" },
    { 0x0040A180, 0xFFFFFFFF, DCM_VR_US, 0, "AnnotationGroupNumber", "1", "Annotation Group Number" },
    { 0x0040A192, 0xFFFFFFFF, DCM_VR_DA, 1, "ObservationDateTrial", "1", "Observation Date (Trial)" },
    { 0x0040A193, 0xFFFFFFFF, DCM_VR_TM, 1, "ObservationTimeTrial", "1", "Observation Time (Trial)" },
    { 0x0040A194, 0xFFFFFFFF, DCM_VR_CS, 1, "MeasurementAutomationTrial", "1", "Measurement Automation (Trial)" },
    { 0x0040A195, 0xFFFFFFFF, DCM_VR_SQ, 0, "ModifierCodeSequence", "1", "Modifier Code Sequence" },
    { 0x0040A224, 0xFFFFFFFF, DCM_VR_ST, 1, "IdentificationDescriptionTrial", "1", "Identification Description (Trial)" },
    { 0x0040A290, 0xFFFFFFFF, DCM_VR_CS, 1, "CoordinatesSetGeometricTypeTrial", "1", "Coordinates Set Geometric Type (Trial)" },
    { 0x0040A296, 0xFFFFFFFF, DCM_VR_SQ, 1, "AlgorithmCodeSequenceTrial", "1", "Algorithm Code Sequence (Trial)" },
    { 0x0040A297, 0xFFFFFFFF, DCM_VR_ST, 1, "AlgorithmDescriptionTrial", "1", "Algorithm Description (Trial)" },
    { 0x0040A29A, 0xFFFFFFFF, DCM_VR_SL, 1, "PixelCoordinatesSetTrial", "2-2n", "Pixel Coordinates Set (Trial)" },
    { 0x0040A300, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasuredValueSequence", "1", "Measured Value Sequence" },
    { 0x0040A301, 0xFFFFFFFF, DCM_VR_SQ, 0, "NumericValueQualifierCodeSequence", "1", "Numeric Value Qualifier Code Sequence" },
    { 0x0040A307, 0xFFFFFFFF, DCM_VR_PN, 1, "CurrentObserverTrial", "1", "Current Observer (Trial)" },
    { 0x0040A30A, 0xFFFFFFFF, DCM_VR_DS, 0, "NumericValue", "1-n", "Numeric Value" },
    { 0x0040A313, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedAccessionSequenceTrial", "1", "Referenced Accession Sequence (Trial)" },
    { 0x0040A33A, 0xFFFFFFFF, DCM_VR_ST, 1, "ReportStatusCommentTrial", "1", "Report Status Comment (Trial)" },
    { 0x0040A340, 0xFFFFFFFF, DCM_VR_SQ, 1, "ProcedureContextSequenceTrial", "1", "Procedure Context Sequence (Trial)" },
    { 0x0040A352, 0xFFFFFFFF, DCM_VR_PN, 1, "VerbalSourceTrial", "1", "Verbal Source (Trial)" },
    { 0x0040A353, 0xFFFFFFFF, DCM_VR_ST, 1, "AddressTrial", "1", "Address (Trial)" },
    { 0x0040A354, 0xFFFFFFFF, DCM_VR_LO, 1, "TelephoneNumberTrial", "1", "Telephone Number (Trial)" },
    { 0x0040A358, 0xFFFFFFFF, DCM_VR_SQ, 1, "VerbalSourceIdentifierCodeSequenceTrial", "1", "Verbal Source Identifier Code Sequence (Trial)" },
    { 0x0040A360, 0xFFFFFFFF, DCM_VR_SQ, 0, "PredecessorDocumentsSequence", "1", "Predecessor Documents Sequence" },
    { 0x0040A370, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRequestSequence", "1", "Referenced Request Sequence" },
    { 0x0040A372, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedProcedureCodeSequence", "1", "Performed Procedure Code Sequence" },
    { 0x0040A375, 0xFFFFFFFF, DCM_VR_SQ, 0, "CurrentRequestedProcedureEvidenceSequence", "1", "Current Requested Procedure Evidence Sequence" },
    { 0x0040A380, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReportDetailSequenceTrial", "1", "Report Detail Sequence (Trial)" },
    { 0x0040A385, 0xFFFFFFFF, DCM_VR_SQ, 0, "PertinentOtherEvidenceSequence", "1", "Pertinent Other Evidence Sequence" },
    { 0x0040A390, 0xFFFFFFFF, DCM_VR_SQ, 0, "HL7StructuredDocumentReferenceSequence", "1", "HL7 Structured Document Reference Sequence" },
    { 0x0040A402, 0xFFFFFFFF, DCM_VR_UI, 1, "ObservationSubjectUIDTrial", "1", "Observation Subject UID (Trial)" },
    { 0x0040A403, 0xFFFFFFFF, DCM_VR_CS, 1, "ObservationSubjectClassTrial", "1", "Observation Subject Class (Trial)" },
    { 0x0040A404, 0xFFFFFFFF, DCM_VR_SQ, 1, "ObservationSubjectTypeCodeSequenceTrial", "1", "Observation Subject Type Code Sequence (Trial)" },
    { 0x0040A491, 0xFFFFFFFF, DCM_VR_CS, 0, "CompletionFlag", "1", "Completion Flag" },
    { 0x0040A492, 0xFFFFFFFF, DCM_VR_LO, 0, "CompletionFlagDescription", "1", "Completion Flag Description" },
    { 0x0040A493, 0xFFFFFFFF, DCM_VR_CS, 0, "VerificationFlag", "1", "Verification Flag" },
    { 0x0040A494, 0xFFFFFFFF, DCM_VR_CS, 0, "ArchiveRequested", "1", "Archive Requested" },
    { 0x0040A496, 0xFFFFFFFF, DCM_VR_CS, 0, "PreliminaryFlag", "1", "Preliminary Flag" },
    { 0x0040A504, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContentTemplateSequence", "1", "Content Template Sequence" },
    { 0x0040A525, 0xFFFFFFFF, DCM_VR_SQ, 0, "IdenticalDocumentsSequence", "1", "Identical Documents Sequence" },
    { 0x0040A600, 0xFFFFFFFF, DCM_VR_CS, 1, "ObservationSubjectContextFlagTrial", "1", "Observation Subject Context Flag (Trial)" },
    { 0x0040A601, 0xFFFFFFFF, DCM_VR_CS, 1, "ObserverContextFlagTrial", "1", "Observer Context Flag (Trial)" },
    { 0x0040A603, 0xFFFFFFFF, DCM_VR_CS, 1, "ProcedureContextFlagTrial", "1", "Procedure Context Flag (Trial)" },
    { 0x0040A730, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContentSequence", "1", "Content Sequence" },
    { 0x0040A731, 0xFFFFFFFF, DCM_VR_SQ, 1, "RelationshipSequenceTrial", "1", "Relationship Sequence (Trial)" },
    { 0x0040A732, 0xFFFFFFFF, DCM_VR_SQ, 1, "RelationshipTypeCodeSequenceTrial", "1", "Relationship Type Code Sequence (Trial)" },
    { 0x0040A744, 0xFFFFFFFF, DCM_VR_SQ, 1, "LanguageCodeSequenceTrial", "1", "Language Code Sequence (Trial)" },
    { 0x0040A801, 0xFFFFFFFF, DCM_VR_SQ, 0, "TabulatedValuesSequence", "1", "Tabulated Values Sequence" },
    { 0x0040A802, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfTableRows", "1", "Number of Table Rows" },
    { 0x0040A803, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfTableColumns", "1", "Number of Table Columns" },
    { 0x0040A804, 0xFFFFFFFF, DCM_VR_UL, 0, "TableRowNumber", "1", "Table Row Number" },
    { 0x0040A805, 0xFFFFFFFF, DCM_VR_UL, 0, "TableColumnNumber", "1", "Table Column Number" },
    { 0x0040A806, 0xFFFFFFFF, DCM_VR_SQ, 0, "TableRowDefinitionSequence", "1", "Table Row Definition Sequence" },
    { 0x0040A807, 0xFFFFFFFF, DCM_VR_SQ, 0, "TableColumnDefinitionSequence", "1", "Table Column Definition Sequence" },
    { 0x0040A808, 0xFFFFFFFF, DCM_VR_SQ, 0, "CellValuesSequence", "1", "Cell Values Sequence" },
    { 0x0040A992, 0xFFFFFFFF, DCM_VR_ST, 1, "UniformResourceLocatorTrial", "1", "Uniform Resource Locator (Trial)" },
    { 0x0040B020, 0xFFFFFFFF, DCM_VR_SQ, 0, "WaveformAnnotationSequence", "1", "Waveform Annotation Sequence" },
    { 0x0040DB00, 0xFFFFFFFF, DCM_VR_CS, 0, "TemplateIdentifier", "1", "Template Identifier" },
    { 0x0040DB06, 0xFFFFFFFF, DCM_VR_DT, 1, "TemplateVersion", "1", "Template Version" },
    { 0x0040DB07, 0xFFFFFFFF, DCM_VR_DT, 1, "TemplateLocalVersion", "1", "Template Local Version" },
    { 0x0040DB0B, 0xFFFFFFFF, DCM_VR_CS, 1, "TemplateExtensionFlag", "1", "Template Extension Flag" },
    { 0x0040DB0C, 0xFFFFFFFF, DCM_VR_UI, 1, "TemplateExtensionOrganizationUID", "1", "Template Extension Organization UID" },
    { 0x0040DB0D, 0xFFFFFFFF, DCM_VR_UI, 1, "TemplateExtensionCreatorUID", "1", "Template Extension Creator UID" },
    { 0x0040DB73, 0xFFFFFFFF, DCM_VR_UL, 0, "ReferencedContentItemIdentifier", "1-n", "Referenced Content Item Identifier" },
    { 0x0040E001, 0xFFFFFFFF, DCM_VR_ST, 0, "HL7InstanceIdentifier", "1", "HL7 Instance Identifier" },
    { 0x0040E004, 0xFFFFFFFF, DCM_VR_DT, 0, "HL7DocumentEffectiveTime", "1", "HL7 Document Effective Time" },
    { 0x0040E006, 0xFFFFFFFF, DCM_VR_SQ, 0, "HL7DocumentTypeCodeSequence", "1", "HL7 Document Type Code Sequence" },
    { 0x0040E008, 0xFFFFFFFF, DCM_VR_SQ, 0, "DocumentClassCodeSequence", "1", "Document Class Code Sequence" },
    { 0x0040E010, 0xFFFFFFFF, DCM_VR_UR, 0, "RetrieveURI", "1", "Retrieve URI" },
    { 0x0040E011, 0xFFFFFFFF, DCM_VR_UI, 0, "RetrieveLocationUID", "1", "Retrieve Location UID" },
    { 0x0040E020, 0xFFFFFFFF, DCM_VR_CS, 0, "TypeOfInstances", "1", "Type of Instances" },
    { 0x0040E021, 0xFFFFFFFF, DCM_VR_SQ, 0, "DICOMRetrievalSequence", "1", "DICOM Retrieval Sequence" },
    { 0x0040E022, 0xFFFFFFFF, DCM_VR_SQ, 0, "DICOMMediaRetrievalSequence", "1", "DICOM Media Retrieval Sequence" },
    { 0x0040E023, 0xFFFFFFFF, DCM_VR_SQ, 0, "WADORetrievalSequence", "1", "WADO Retrieval Sequence" },
    { 0x0040E024, 0xFFFFFFFF, DCM_VR_SQ, 0, "XDSRetrievalSequence", "1", "XDS Retrieval Sequence" },
    { 0x0040E025, 0xFFFFFFFF, DCM_VR_SQ, 0, "WADORSRetrievalSequence", "1", "WADO-RS Retrieval Sequence" },
    { 0x0040E030, 0xFFFFFFFF, DCM_VR_UI, 0, "RepositoryUniqueID", "1", "Repository Unique ID" },
    { 0x0040E031, 0xFFFFFFFF, DCM_VR_UI, 0, "HomeCommunityID", "1", "Home Community ID" },
    { 0x00420010, 0xFFFFFFFF, DCM_VR_ST, 0, "DocumentTitle", "1", "Document Title" },
    { 0x00420011, 0xFFFFFFFF, DCM_VR_OB, 0, "EncapsulatedDocument", "1", "Encapsulated Document" },
    { 0x00420012, 0xFFFFFFFF, DCM_VR_LO, 0, "MIMETypeOfEncapsulatedDocument", "1", "MIME Type of Encapsulated Document" },
    { 0x00420013, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceInstanceSequence", "1", "Source Instance Sequence" },
    { 0x00420014, 0xFFFFFFFF, DCM_VR_LO, 0, "ListOfMIMETypes", "1-n", "List of MIME Types" },
    { 0x00420015, 0xFFFFFFFF, DCM_VR_UL, 0, "EncapsulatedDocumentLength", "1", "Encapsulated Document Length" },
    { 0x00440001, 0xFFFFFFFF, DCM_VR_ST, 0, "ProductPackageIdentifier", "1", "Product Package Identifier" },
    { 0x00440002, 0xFFFFFFFF, DCM_VR_CS, 0, "SubstanceAdministrationApproval", "1", "Substance Administration Approval" },
    { 0x00440003, 0xFFFFFFFF, DCM_VR_LT, 0, "ApprovalStatusFurtherDescription", "1", "Approval Status Further Description" },
    { 0x00440004, 0xFFFFFFFF, DCM_VR_DT, 0, "ApprovalStatusDateTime", "1", "Approval Status DateTime" },
    { 0x00440007, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProductTypeCodeSequence", "1", "Product Type Code Sequence" },
    { 0x00440008, 0xFFFFFFFF, DCM_VR_LO, 0, "ProductName", "1-n", "Product Name" },
    { 0x00440009, 0xFFFFFFFF, DCM_VR_LT, 0, "ProductDescription", "1", "Product Description" },
    { 0x0044000A, 0xFFFFFFFF, DCM_VR_LO, 0, "ProductLotIdentifier", "1", "Product Lot Identifier" },
    { 0x0044000B, 0xFFFFFFFF, DCM_VR_DT, 0, "ProductExpirationDateTime", "1", "Product Expiration DateTime" },
    { 0x00440010, 0xFFFFFFFF, DCM_VR_DT, 0, "SubstanceAdministrationDateTime", "1", "Substance Administration DateTime" },
    { 0x00440011, 0xFFFFFFFF, DCM_VR_LO, 0, "SubstanceAdministrationNotes", "1", "Substance Administration Notes" },
    { 0x00440012, 0xFFFFFFFF, DCM_VR_LO, 0, "SubstanceAdministrationDeviceID", "1", "Substance Administration Device ID" },
    { 0x00440013, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProductParameterSequence", "1", "Product Parameter Sequence" },
    { 0x00440019, 0xFFFFFFFF, DCM_VR_SQ, 0, "SubstanceAdministrationParameterSequence", "1", "Substance Administration Parameter Sequence" },
    { 0x00440100, 0xFFFFFFFF, DCM_VR_SQ, 0, "ApprovalSequence", "1", "Approval Sequence" },
    { 0x00440101, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssertionCodeSequence", "1", "Assertion Code Sequence" },
    { 0x00440102, 0xFFFFFFFF, DCM_VR_UI, 0, "AssertionUID", "1", "Assertion UID" },
    { 0x00440103, 0xFFFFFFFF, DCM_VR_SQ, 0, "AsserterIdentificationSequence", "1", "Asserter Identification Sequence" },
    { 0x00440104, 0xFFFFFFFF, DCM_VR_DT, 0, "AssertionDateTime", "1", "Assertion DateTime" },
    { 0x00440105, 0xFFFFFFFF, DCM_VR_DT, 0, "AssertionExpirationDateTime", "1", "Assertion Expiration DateTime" },
    { 0x00440106, 0xFFFFFFFF, DCM_VR_UT, 0, "AssertionComments", "1", "Assertion Comments" },
    { 0x00440107, 0xFFFFFFFF, DCM_VR_SQ, 0, "RelatedAssertionSequence", "1", "Related Assertion Sequence" },
    { 0x00440108, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedAssertionUID", "1", "Referenced Assertion UID" },
    { 0x00440109, 0xFFFFFFFF, DCM_VR_SQ, 0, "ApprovalSubjectSequence", "1", "Approval Subject Sequence" },
    { 0x0044010A, 0xFFFFFFFF, DCM_VR_SQ, 0, "OrganizationalRoleCodeSequence", "1", "Organizational Role Code Sequence" },
    { 0x00460012, 0xFFFFFFFF, DCM_VR_LO, 0, "LensDescription", "1", "Lens Description" },
    { 0x00460014, 0xFFFFFFFF, DCM_VR_SQ, 0, "RightLensSequence", "1", "Right Lens Sequence" },
    { 0x00460015, 0xFFFFFFFF, DCM_VR_SQ, 0, "LeftLensSequence", "1", "Left Lens Sequence" },
    { 0x00460016, 0xFFFFFFFF, DCM_VR_SQ, 0, "UnspecifiedLateralityLensSequence", "1", "Unspecified Laterality Lens Sequence" },
    { 0x00460018, 0xFFFFFFFF, DCM_VR_SQ, 0, "CylinderSequence", "1", "Cylinder Sequence" },
    { 0x00460028, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrismSequence", "1", "Prism Sequence" },
    { 0x00460030, 0xFFFFFFFF, DCM_VR_FD, 0, "HorizontalPrismPower", "1", "Horizontal Prism Power" },
    { 0x00460032, 0xFFFFFFFF, DCM_VR_CS, 0, "HorizontalPrismBase", "1", "Horizontal Prism Base" },
    { 0x00460034, 0xFFFFFFFF, DCM_VR_FD, 0, "VerticalPrismPower", "1", "Vertical Prism Power" },
    { 0x00460036, 0xFFFFFFFF, DCM_VR_CS, 0, "VerticalPrismBase", "1", "Vertical Prism Base" },
    { 0x00460038, 0xFFFFFFFF, DCM_VR_CS, 0, "LensSegmentType", "1", "Lens Segment Type" },
    { 0x00460040, 0xFFFFFFFF, DCM_VR_FD, 0, "OpticalTransmittance", "1", "Optical Transmittance" },
    { 0x00460042, 0xFFFFFFFF, DCM_VR_FD, 0, "ChannelWidth", "1", "Channel Width" },
    { 0x00460044, 0xFFFFFFFF, DCM_VR_FD, 0, "PupilSize", "1", "Pupil Size" },
    { 0x00460046, 0xFFFFFFFF, DCM_VR_FD, 0, "CornealSize", "1", "Corneal Size" },
    { 0x00460047, 0xFFFFFFFF, DCM_VR_SQ, 0, "CornealSizeSequence", "1", "Corneal Size Sequence" },
    { 0x00460050, 0xFFFFFFFF, DCM_VR_SQ, 0, "AutorefractionRightEyeSequence", "1", "Autorefraction Right Eye Sequence" },
    { 0x00460052, 0xFFFFFFFF, DCM_VR_SQ, 0, "AutorefractionLeftEyeSequence", "1", "Autorefraction Left Eye Sequence" },
    { 0x00460060, 0xFFFFFFFF, DCM_VR_FD, 0, "DistancePupillaryDistance", "1", "Distance Pupillary Distance" },
    { 0x00460062, 0xFFFFFFFF, DCM_VR_FD, 0, "NearPupillaryDistance", "1", "Near Pupillary Distance" },
    { 0x00460063, 0xFFFFFFFF, DCM_VR_FD, 0, "IntermediatePupillaryDistance", "1", "Intermediate Pupillary Distance" },
    { 0x00460064, 0xFFFFFFFF, DCM_VR_FD, 0, "OtherPupillaryDistance", "1", "Other Pupillary Distance" },
    { 0x00460070, 0xFFFFFFFF, DCM_VR_SQ, 0, "KeratometryRightEyeSequence", "1", "Keratometry Right Eye Sequence" },
    { 0x00460071, 0xFFFFFFFF, DCM_VR_SQ, 0, "KeratometryLeftEyeSequence", "1", "Keratometry Left Eye Sequence" },
    { 0x00460074, 0xFFFFFFFF, DCM_VR_SQ, 0, "SteepKeratometricAxisSequence", "1", "Steep Keratometric Axis Sequence" },
    { 0x00460075, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiusOfCurvature", "1", "Radius of Curvature" },
    { 0x00460076, 0xFFFFFFFF, DCM_VR_FD, 0, "KeratometricPower", "1", "Keratometric Power" },
    { 0x00460077, 0xFFFFFFFF, DCM_VR_FD, 0, "KeratometricAxis", "1", "Keratometric Axis" },
    { 0x00460080, 0xFFFFFFFF, DCM_VR_SQ, 0, "FlatKeratometricAxisSequence", "1", "Flat Keratometric Axis Sequence" },
    { 0x00460092, 0xFFFFFFFF, DCM_VR_CS, 0, "BackgroundColor", "1", "Background Color" },
    { 0x00460094, 0xFFFFFFFF, DCM_VR_CS, 0, "Optotype", "1", "Optotype" },
    { 0x00460095, 0xFFFFFFFF, DCM_VR_CS, 0, "OptotypePresentation", "1", "Optotype Presentation" },
    { 0x00460097, 0xFFFFFFFF, DCM_VR_SQ, 0, "SubjectiveRefractionRightEyeSequence", "1", "Subjective Refraction Right Eye Sequence" },
    { 0x00460098, 0xFFFFFFFF, DCM_VR_SQ, 0, "SubjectiveRefractionLeftEyeSequence", "1", "Subjective Refraction Left Eye Sequence" },
    { 0x00460100, 0xFFFFFFFF, DCM_VR_SQ, 0, "AddNearSequence", "1", "Add Near Sequence" },
    { 0x00460101, 0xFFFFFFFF, DCM_VR_SQ, 0, "AddIntermediateSequence", "1", "Add Intermediate Sequence" },
    { 0x00460102, 0xFFFFFFFF, DCM_VR_SQ, 0, "AddOtherSequence", "1", "Add Other Sequence" },
    { 0x00460104, 0xFFFFFFFF, DCM_VR_FD, 0, "AddPower", "1", "Add Power" },
    { 0x00460106, 0xFFFFFFFF, DCM_VR_FD, 0, "ViewingDistance", "1", "Viewing Distance" },
    { 0x00460110, 0xFFFFFFFF, DCM_VR_SQ, 0, "CorneaMeasurementsSequence", "1", "Cornea Measurements Sequence" },
    { 0x00460111, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceOfCorneaMeasurementDataCodeSequence", "1", "Source of Cornea Measurement Data Code Sequence" },
    { 0x00460112, 0xFFFFFFFF, DCM_VR_SQ, 0, "SteepCornealAxisSequence", "1", "Steep Corneal Axis Sequence" },
    { 0x00460113, 0xFFFFFFFF, DCM_VR_SQ, 0, "FlatCornealAxisSequence", "1", "Flat Corneal Axis Sequence" },
    { 0x00460114, 0xFFFFFFFF, DCM_VR_FD, 0, "CornealPower", "1", "Corneal Power" },
    { 0x00460115, 0xFFFFFFFF, DCM_VR_FD, 0, "CornealAxis", "1", "Corneal Axis" },
    { 0x00460116, 0xFFFFFFFF, DCM_VR_SQ, 0, "CorneaMeasurementMethodCodeSequence", "1", "Cornea Measurement Method Code Sequence" },
    { 0x00460117, 0xFFFFFFFF, DCM_VR_FL, 0, "RefractiveIndexOfCornea", "1", "Refractive Index of Cornea" },
    { 0x00460118, 0xFFFFFFFF, DCM_VR_FL, 0, "RefractiveIndexOfAqueousHumor", "1", "Refractive Index of Aqueous Humor" },
    { 0x00460121, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualAcuityTypeCodeSequence", "1", "Visual Acuity Type Code Sequence" },
    { 0x00460122, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualAcuityRightEyeSequence", "1", "Visual Acuity Right Eye Sequence" },
    { 0x00460123, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualAcuityLeftEyeSequence", "1", "Visual Acuity Left Eye Sequence" },
    { 0x00460124, 0xFFFFFFFF, DCM_VR_SQ, 0, "VisualAcuityBothEyesOpenSequence", "1", "Visual Acuity Both Eyes Open Sequence" },
    { 0x00460125, 0xFFFFFFFF, DCM_VR_CS, 0, "ViewingDistanceType", "1", "Viewing Distance Type" },
    { 0x00460135, 0xFFFFFFFF, DCM_VR_SS, 0, "VisualAcuityModifiers", "2", "Visual Acuity Modifiers" },
    { 0x00460137, 0xFFFFFFFF, DCM_VR_FD, 0, "DecimalVisualAcuity", "1", "Decimal Visual Acuity" },
    { 0x00460139, 0xFFFFFFFF, DCM_VR_LO, 0, "OptotypeDetailedDefinition", "1", "Optotype Detailed Definition" },
    { 0x00460145, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRefractiveMeasurementsSequence", "1", "Referenced Refractive Measurements Sequence" },
    { 0x00460146, 0xFFFFFFFF, DCM_VR_FD, 0, "SpherePower", "1", "Sphere Power" },
    { 0x00460147, 0xFFFFFFFF, DCM_VR_FD, 0, "CylinderPower", "1", "Cylinder Power" },
    { 0x00460201, 0xFFFFFFFF, DCM_VR_CS, 0, "CornealTopographySurface", "1", "Corneal Topography Surface" },
    { 0x00460202, 0xFFFFFFFF, DCM_VR_FL, 0, "CornealVertexLocation", "2", "Corneal Vertex Location" },
    { 0x00460203, 0xFFFFFFFF, DCM_VR_FL, 0, "PupilCentroidXCoordinate", "1", "Pupil Centroid X-Coordinate" },
    { 0x00460204, 0xFFFFFFFF, DCM_VR_FL, 0, "PupilCentroidYCoordinate", "1", "Pupil Centroid Y-Coordinate" },
    { 0x00460205, 0xFFFFFFFF, DCM_VR_FL, 0, "EquivalentPupilRadius", "1", "Equivalent Pupil Radius" },
    { 0x00460207, 0xFFFFFFFF, DCM_VR_SQ, 0, "CornealTopographyMapTypeCodeSequence", "1", "Corneal Topography Map Type Code Sequence" },
    { 0x00460208, 0xFFFFFFFF, DCM_VR_IS, 0, "VerticesOfTheOutlineOfPupil", "2-2n", "Vertices of the Outline of Pupil" },
    { 0x00460210, 0xFFFFFFFF, DCM_VR_SQ, 0, "CornealTopographyMappingNormalsSequence", "1", "Corneal Topography Mapping Normals Sequence" },
    { 0x00460211, 0xFFFFFFFF, DCM_VR_SQ, 0, "MaximumCornealCurvatureSequence", "1", "Maximum Corneal Curvature Sequence" },
    { 0x00460212, 0xFFFFFFFF, DCM_VR_FL, 0, "MaximumCornealCurvature", "1", "Maximum Corneal Curvature" },
    { 0x00460213, 0xFFFFFFFF, DCM_VR_FL, 0, "MaximumCornealCurvatureLocation", "2", "Maximum Corneal Curvature Location" },
    { 0x00460215, 0xFFFFFFFF, DCM_VR_SQ, 0, "MinimumKeratometricSequence", "1", "Minimum Keratometric Sequence" },
    { 0x00460218, 0xFFFFFFFF, DCM_VR_SQ, 0, "SimulatedKeratometricCylinderSequence", "1", "Simulated Keratometric Cylinder Sequence" },
    { 0x00460220, 0xFFFFFFFF, DCM_VR_FL, 0, "AverageCornealPower", "1", "Average Corneal Power" },
    { 0x00460224, 0xFFFFFFFF, DCM_VR_FL, 0, "CornealISValue", "1", "Corneal I-S Value" },
    { 0x00460227, 0xFFFFFFFF, DCM_VR_FL, 0, "AnalyzedArea", "1", "Analyzed Area" },
    { 0x00460230, 0xFFFFFFFF, DCM_VR_FL, 0, "SurfaceRegularityIndex", "1", "Surface Regularity Index" },
    { 0x00460232, 0xFFFFFFFF, DCM_VR_FL, 0, "SurfaceAsymmetryIndex", "1", "Surface Asymmetry Index" },
    { 0x00460234, 0xFFFFFFFF, DCM_VR_FL, 0, "CornealEccentricityIndex", "1", "Corneal Eccentricity Index" },
    { 0x00460236, 0xFFFFFFFF, DCM_VR_FL, 0, "KeratoconusPredictionIndex", "1", "Keratoconus Prediction Index" },
    { 0x00460238, 0xFFFFFFFF, DCM_VR_FL, 0, "DecimalPotentialVisualAcuity", "1", "Decimal Potential Visual Acuity" },
    { 0x00460242, 0xFFFFFFFF, DCM_VR_CS, 0, "CornealTopographyMapQualityEvaluation", "1", "Corneal Topography Map Quality Evaluation" },
    { 0x00460244, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceImageCornealProcessedDataSequence", "1", "Source Image Corneal Processed Data Sequence" },
    { 0x00460247, 0xFFFFFFFF, DCM_VR_FL, 0, "CornealPointLocation", "3", "Corneal Point Location" },
    { 0x00460248, 0xFFFFFFFF, DCM_VR_CS, 0, "CornealPointEstimated", "1", "Corneal Point Estimated" },
    { 0x00460249, 0xFFFFFFFF, DCM_VR_FL, 0, "AxialPower", "1", "Axial Power" },
    { 0x00460250, 0xFFFFFFFF, DCM_VR_FL, 0, "TangentialPower", "1", "Tangential Power" },
    { 0x00460251, 0xFFFFFFFF, DCM_VR_FL, 0, "RefractivePower", "1", "Refractive Power" },
    { 0x00460252, 0xFFFFFFFF, DCM_VR_FL, 0, "RelativeElevation", "1", "Relative Elevation" },
    { 0x00460253, 0xFFFFFFFF, DCM_VR_FL, 0, "CornealWavefront", "1", "Corneal Wavefront" },
    { 0x00480001, 0xFFFFFFFF, DCM_VR_FL, 0, "ImagedVolumeWidth", "1", "Imaged Volume Width" },
    { 0x00480002, 0xFFFFFFFF, DCM_VR_FL, 0, "ImagedVolumeHeight", "1", "Imaged Volume Height" },
    { 0x00480003, 0xFFFFFFFF, DCM_VR_FL, 0, "ImagedVolumeDepth", "1", "Imaged Volume Depth" },
    { 0x00480006, 0xFFFFFFFF, DCM_VR_UL, 0, "TotalPixelMatrixColumns", "1", "Total Pixel Matrix Columns" },
    { 0x00480007, 0xFFFFFFFF, DCM_VR_UL, 0, "TotalPixelMatrixRows", "1", "Total Pixel Matrix Rows" },
    { 0x00480008, 0xFFFFFFFF, DCM_VR_SQ, 0, "TotalPixelMatrixOriginSequence", "1", "Total Pixel Matrix Origin Sequence" },
    { 0x00480010, 0xFFFFFFFF, DCM_VR_CS, 0, "SpecimenLabelInImage", "1", "Specimen Label in Image" },
    { 0x00480011, 0xFFFFFFFF, DCM_VR_CS, 0, "FocusMethod", "1", "Focus Method" },
    { 0x00480012, 0xFFFFFFFF, DCM_VR_CS, 0, "ExtendedDepthOfField", "1", "Extended Depth of Field" },
    { 0x00480013, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfFocalPlanes", "1", "Number of Focal Planes" },
    { 0x00480014, 0xFFFFFFFF, DCM_VR_FL, 0, "DistanceBetweenFocalPlanes", "1", "Distance Between Focal Planes" },
    { 0x00480015, 0xFFFFFFFF, DCM_VR_US, 0, "RecommendedAbsentPixelCIELabValue", "3", "Recommended Absent Pixel CIELab Value" },
    { 0x00480100, 0xFFFFFFFF, DCM_VR_SQ, 0, "IlluminatorTypeCodeSequence", "1", "Illuminator Type Code Sequence" },
    { 0x00480102, 0xFFFFFFFF, DCM_VR_DS, 0, "ImageOrientationSlide", "6", "Image Orientation (Slide)" },
    { 0x00480105, 0xFFFFFFFF, DCM_VR_SQ, 0, "OpticalPathSequence", "1", "Optical Path Sequence" },
    { 0x00480106, 0xFFFFFFFF, DCM_VR_SH, 0, "OpticalPathIdentifier", "1", "Optical Path Identifier" },
    { 0x00480107, 0xFFFFFFFF, DCM_VR_ST, 0, "OpticalPathDescription", "1", "Optical Path Description" },
    { 0x00480108, 0xFFFFFFFF, DCM_VR_SQ, 0, "IlluminationColorCodeSequence", "1", "Illumination Color Code Sequence" },
    { 0x00480110, 0xFFFFFFFF, DCM_VR_SQ, 0, "SpecimenReferenceSequence", "1", "Specimen Reference Sequence" },
    { 0x00480111, 0xFFFFFFFF, DCM_VR_DS, 0, "CondenserLensPower", "1", "Condenser Lens Power" },
    { 0x00480112, 0xFFFFFFFF, DCM_VR_DS, 0, "ObjectiveLensPower", "1", "Objective Lens Power" },
    { 0x00480113, 0xFFFFFFFF, DCM_VR_DS, 0, "ObjectiveLensNumericalAperture", "1", "Objective Lens Numerical Aperture" },
    { 0x00480120, 0xFFFFFFFF, DCM_VR_SQ, 0, "PaletteColorLookupTableSequence", "1", "Palette Color Lookup Table Sequence" },
    { 0x00480200, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedImageNavigationSequence", "1", "Referenced Image Navigation Sequence" },
    { 0x00480201, 0xFFFFFFFF, DCM_VR_US, 1, "TopLeftHandCornerOfLocalizerArea", "2", "Top Left Hand Corner of Localizer Area" },
    { 0x00480202, 0xFFFFFFFF, DCM_VR_US, 1, "BottomRightHandCornerOfLocalizerArea", "2", "Bottom Right Hand Corner of Localizer Area" },
    { 0x00480207, 0xFFFFFFFF, DCM_VR_SQ, 0, "OpticalPathIdentificationSequence", "1", "Optical Path Identification Sequence" },
    { 0x0048021A, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanePositionSlideSequence", "1", "Plane Position (Slide) Sequence" },
    { 0x0048021E, 0xFFFFFFFF, DCM_VR_SL, 0, "ColumnPositionInTotalImagePixelMatrix", "1", "Column Position In Total Image Pixel Matrix" },
    { 0x0048021F, 0xFFFFFFFF, DCM_VR_SL, 0, "RowPositionInTotalImagePixelMatrix", "1", "Row Position In Total Image Pixel Matrix" },
    { 0x00480301, 0xFFFFFFFF, DCM_VR_CS, 0, "PixelOriginInterpretation", "1", "Pixel Origin Interpretation" },
    { 0x00480302, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfOpticalPaths", "1", "Number of Optical Paths" },
    { 0x00480303, 0xFFFFFFFF, DCM_VR_UL, 0, "TotalPixelMatrixFocalPlanes", "1", "Total Pixel Matrix Focal Planes" },
    { 0x00500004, 0xFFFFFFFF, DCM_VR_CS, 0, "CalibrationImage", "1", "Calibration Image" },
    { 0x00500010, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeviceSequence", "1", "Device Sequence" },
    { 0x00500012, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContainerComponentTypeCodeSequence", "1", "Container Component Type Code Sequence" },
    { 0x00500013, 0xFFFFFFFF, DCM_VR_FD, 0, "ContainerComponentThickness", "1", "Container Component Thickness" },
    { 0x00500014, 0xFFFFFFFF, DCM_VR_DS, 0, "DeviceLength", "1", "Device Length" },
    { 0x00500015, 0xFFFFFFFF, DCM_VR_FD, 0, "ContainerComponentWidth", "1", "Container Component Width" },
    { 0x00500016, 0xFFFFFFFF, DCM_VR_DS, 0, "DeviceDiameter", "1", "Device Diameter" },
    { 0x00500017, 0xFFFFFFFF, DCM_VR_CS, 0, "DeviceDiameterUnits", "1", "Device Diameter Units" },
    { 0x00500018, 0xFFFFFFFF, DCM_VR_DS, 0, "DeviceVolume", "1", "Device Volume" },
    { 0x00500019, 0xFFFFFFFF, DCM_VR_DS, 0, "InterMarkerDistance", "1", "Inter-Marker Distance" },
    { 0x0050001A, 0xFFFFFFFF, DCM_VR_CS, 0, "ContainerComponentMaterial", "1", "Container Component Material" },
    { 0x0050001B, 0xFFFFFFFF, DCM_VR_LO, 0, "ContainerComponentID", "1", "Container Component ID" },
    { 0x0050001C, 0xFFFFFFFF, DCM_VR_FD, 0, "ContainerComponentLength", "1", "Container Component Length" },
    { 0x0050001D, 0xFFFFFFFF, DCM_VR_FD, 0, "ContainerComponentDiameter", "1", "Container Component Diameter" },
    { 0x0050001E, 0xFFFFFFFF, DCM_VR_LO, 0, "ContainerComponentDescription", "1", "Container Component Description" },
    { 0x00500020, 0xFFFFFFFF, DCM_VR_LO, 0, "DeviceDescription", "1", "Device Description" },
    { 0x00500021, 0xFFFFFFFF, DCM_VR_ST, 0, "LongDeviceDescription", "1", "Long Device Description" },
    { 0x00520001, 0xFFFFFFFF, DCM_VR_FL, 0, "ContrastBolusIngredientPercentByVolume", "1", "Contrast/Bolus Ingredient Percent by Volume" },
    { 0x00520002, 0xFFFFFFFF, DCM_VR_FD, 0, "OCTFocalDistance", "1", "OCT Focal Distance" },
    { 0x00520003, 0xFFFFFFFF, DCM_VR_FD, 0, "BeamSpotSize", "1", "Beam Spot Size" },
    { 0x00520004, 0xFFFFFFFF, DCM_VR_FD, 0, "EffectiveRefractiveIndex", "1", "Effective Refractive Index" },
    { 0x00520006, 0xFFFFFFFF, DCM_VR_CS, 0, "OCTAcquisitionDomain", "1", "OCT Acquisition Domain" },
    { 0x00520007, 0xFFFFFFFF, DCM_VR_FD, 0, "OCTOpticalCenterWavelength", "1", "OCT Optical Center Wavelength" },
    { 0x00520008, 0xFFFFFFFF, DCM_VR_FD, 0, "AxialResolution", "1", "Axial Resolution" },
    { 0x00520009, 0xFFFFFFFF, DCM_VR_FD, 0, "RangingDepth", "1", "Ranging Depth" },
    { 0x00520011, 0xFFFFFFFF, DCM_VR_FD, 0, "ALineRate", "1", "A-line Rate" },
    { 0x00520012, 0xFFFFFFFF, DCM_VR_US, 0, "ALinesPerFrame", "1", "A-lines Per Frame" },
    { 0x00520013, 0xFFFFFFFF, DCM_VR_FD, 0, "CatheterRotationalRate", "1", "Catheter Rotational Rate" },
    { 0x00520014, 0xFFFFFFFF, DCM_VR_FD, 0, "ALinePixelSpacing", "1", "A-line Pixel Spacing" },
    { 0x00520016, 0xFFFFFFFF, DCM_VR_SQ, 0, "ModeOfPercutaneousAccessSequence", "1", "Mode of Percutaneous Access Sequence" },
    { 0x00520025, 0xFFFFFFFF, DCM_VR_SQ, 0, "IntravascularOCTFrameTypeSequence", "1", "Intravascular OCT Frame Type Sequence" },
    { 0x00520026, 0xFFFFFFFF, DCM_VR_CS, 0, "OCTZOffsetApplied", "1", "OCT Z Offset Applied" },
    { 0x00520027, 0xFFFFFFFF, DCM_VR_SQ, 0, "IntravascularFrameContentSequence", "1", "Intravascular Frame Content Sequence" },
    { 0x00520028, 0xFFFFFFFF, DCM_VR_FD, 0, "IntravascularLongitudinalDistance", "1", "Intravascular Longitudinal Distance" },
    { 0x00520029, 0xFFFFFFFF, DCM_VR_SQ, 0, "IntravascularOCTFrameContentSequence", "1", "Intravascular OCT Frame Content Sequence" },
    { 0x00520030, 0xFFFFFFFF, DCM_VR_SS, 0, "OCTZOffsetCorrection", "1", "OCT Z Offset Correction" },
    { 0x00520031, 0xFFFFFFFF, DCM_VR_CS, 0, "CatheterDirectionOfRotation", "1", "Catheter Direction of Rotation" },
    { 0x00520033, 0xFFFFFFFF, DCM_VR_FD, 0, "SeamLineLocation", "1", "Seam Line Location" },
    { 0x00520034, 0xFFFFFFFF, DCM_VR_FD, 0, "FirstALineLocation", "1", "First A-line Location" },
    { 0x00520036, 0xFFFFFFFF, DCM_VR_US, 0, "SeamLineIndex", "1", "Seam Line Index" },
    { 0x00520038, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfPaddedALines", "1", "Number of Padded A-lines" },
    { 0x00520039, 0xFFFFFFFF, DCM_VR_CS, 0, "InterpolationType", "1", "Interpolation Type" },
    { 0x0052003A, 0xFFFFFFFF, DCM_VR_CS, 0, "RefractiveIndexApplied", "1", "Refractive Index Applied" },
    { 0x00540010, 0xFFFFFFFF, DCM_VR_US, 0, "EnergyWindowVector", "1-n", "Energy Window Vector" },
    { 0x00540011, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfEnergyWindows", "1", "Number of Energy Windows" },
    { 0x00540012, 0xFFFFFFFF, DCM_VR_SQ, 0, "EnergyWindowInformationSequence", "1", "Energy Window Information Sequence" },
    { 0x00540013, 0xFFFFFFFF, DCM_VR_SQ, 0, "EnergyWindowRangeSequence", "1", "Energy Window Range Sequence" },
    { 0x00540014, 0xFFFFFFFF, DCM_VR_DS, 0, "EnergyWindowLowerLimit", "1", "Energy Window Lower Limit" },
    { 0x00540015, 0xFFFFFFFF, DCM_VR_DS, 0, "EnergyWindowUpperLimit", "1", "Energy Window Upper Limit" },
    { 0x00540016, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiopharmaceuticalInformationSequence", "1", "Radiopharmaceutical Information Sequence" },
    { 0x00540017, 0xFFFFFFFF, DCM_VR_IS, 0, "ResidualSyringeCounts", "1", "Residual Syringe Counts" },
    { 0x00540018, 0xFFFFFFFF, DCM_VR_SH, 0, "EnergyWindowName", "1", "Energy Window Name" },
    { 0x00540020, 0xFFFFFFFF, DCM_VR_US, 0, "DetectorVector", "1-n", "Detector Vector" },
    { 0x00540021, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfDetectors", "1", "Number of Detectors" },
    { 0x00540022, 0xFFFFFFFF, DCM_VR_SQ, 0, "DetectorInformationSequence", "1", "Detector Information Sequence" },
    { 0x00540030, 0xFFFFFFFF, DCM_VR_US, 0, "PhaseVector", "1-n", "Phase Vector" },
    { 0x00540031, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfPhases", "1", "Number of Phases" },
    { 0x00540032, 0xFFFFFFFF, DCM_VR_SQ, 0, "PhaseInformationSequence", "1", "Phase Information Sequence" },
    { 0x00540033, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfFramesInPhase", "1", "Number of Frames in Phase" },
    { 0x00540036, 0xFFFFFFFF, DCM_VR_IS, 0, "PhaseDelay", "1", "Phase Delay" },
    { 0x00540038, 0xFFFFFFFF, DCM_VR_IS, 0, "PauseBetweenFrames", "1", "Pause Between Frames" },
    { 0x00540039, 0xFFFFFFFF, DCM_VR_CS, 0, "PhaseDescription", "1", "Phase Description" },
    { 0x00540050, 0xFFFFFFFF, DCM_VR_US, 0, "RotationVector", "1-n", "Rotation Vector" },
    { 0x00540051, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRotations", "1", "Number of Rotations" },
    { 0x00540052, 0xFFFFFFFF, DCM_VR_SQ, 0, "RotationInformationSequence", "1", "Rotation Information Sequence" },
    { 0x00540053, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfFramesInRotation", "1", "Number of Frames in Rotation" },
    { 0x00540060, 0xFFFFFFFF, DCM_VR_US, 0, "RRIntervalVector", "1-n", "R-R Interval Vector" },
    { 0x00540061, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRRIntervals", "1", "Number of R-R Intervals" },
    { 0x00540062, 0xFFFFFFFF, DCM_VR_SQ, 0, "GatedInformationSequence", "1", "Gated Information Sequence" },
    { 0x00540063, 0xFFFFFFFF, DCM_VR_SQ, 0, "DataInformationSequence", "1", "Data Information Sequence" },
    { 0x00540070, 0xFFFFFFFF, DCM_VR_US, 0, "TimeSlotVector", "1-n", "Time Slot Vector" },
    { 0x00540071, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfTimeSlots", "1", "Number of Time Slots" },
    { 0x00540072, 0xFFFFFFFF, DCM_VR_SQ, 0, "TimeSlotInformationSequence", "1", "Time Slot Information Sequence" },
    { 0x00540073, 0xFFFFFFFF, DCM_VR_DS, 0, "TimeSlotTime", "1", "Time Slot Time" },
    { 0x00540080, 0xFFFFFFFF, DCM_VR_US, 0, "SliceVector", "1-n", "Slice Vector" },
    { 0x00540081, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfSlices", "1", "Number of Slices" },
    { 0x00540090, 0xFFFFFFFF, DCM_VR_US, 0, "AngularViewVector", "1-n", "Angular View Vector" },
    { 0x00540100, 0xFFFFFFFF, DCM_VR_US, 0, "TimeSliceVector", "1-n", "Time Slice Vector" },
    { 0x00540101, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfTimeSlices", "1", "Number of Time Slices" },
    { 0x00540200, 0xFFFFFFFF, DCM_VR_DS, 0, "StartAngle", "1", "Start Angle" },
    { 0x00540202, 0xFFFFFFFF, DCM_VR_CS, 0, "TypeOfDetectorMotion", "1", "Type of Detector Motion" },
    { 0x00540210, 0xFFFFFFFF, DCM_VR_IS, 0, "TriggerVector", "1-n", "Trigger Vector" },
    { 0x00540211, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfTriggersInPhase", "1", "Number of Triggers in Phase" },
    { 0x00540220, 0xFFFFFFFF, DCM_VR_SQ, 0, "ViewCodeSequence", "1", "View Code Sequence" },
    { 0x00540222, 0xFFFFFFFF, DCM_VR_SQ, 0, "ViewModifierCodeSequence", "1", "View Modifier Code Sequence" },
    { 0x00540300, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadionuclideCodeSequence", "1", "Radionuclide Code Sequence" },
    { 0x00540302, 0xFFFFFFFF, DCM_VR_SQ, 0, "AdministrationRouteCodeSequence", "1", "Administration Route Code Sequence" },
    { 0x00540304, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiopharmaceuticalCodeSequence", "1", "Radiopharmaceutical Code Sequence" },
    { 0x00540306, 0xFFFFFFFF, DCM_VR_SQ, 0, "CalibrationDataSequence", "1", "Calibration Data Sequence" },
    { 0x00540308, 0xFFFFFFFF, DCM_VR_US, 0, "EnergyWindowNumber", "1", "Energy Window Number" },
    { 0x00540400, 0xFFFFFFFF, DCM_VR_SH, 0, "ImageID", "1", "Image ID" },
    { 0x00540410, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientOrientationCodeSequence", "1", "Patient Orientation Code Sequence" },
    { 0x00540412, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientOrientationModifierCodeSequence", "1", "Patient Orientation Modifier Code Sequence" },
    { 0x00540414, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientGantryRelationshipCodeSequence", "1", "Patient Gantry Relationship Code Sequence" },
    { 0x00540500, 0xFFFFFFFF, DCM_VR_CS, 0, "SliceProgressionDirection", "1", "Slice Progression Direction" },
    { 0x00540501, 0xFFFFFFFF, DCM_VR_CS, 0, "ScanProgressionDirection", "1", "Scan Progression Direction" },
    { 0x00541000, 0xFFFFFFFF, DCM_VR_CS, 0, "SeriesType", "2", "Series Type" },
    { 0x00541001, 0xFFFFFFFF, DCM_VR_CS, 0, "Units", "1", "Units" },
    { 0x00541002, 0xFFFFFFFF, DCM_VR_CS, 0, "CountsSource", "1", "Counts Source" },
    { 0x00541004, 0xFFFFFFFF, DCM_VR_CS, 0, "ReprojectionMethod", "1", "Reprojection Method" },
    { 0x00541006, 0xFFFFFFFF, DCM_VR_CS, 0, "SUVType", "1", "SUV Type" },
    { 0x00541100, 0xFFFFFFFF, DCM_VR_CS, 0, "RandomsCorrectionMethod", "1", "Randoms Correction Method" },
    { 0x00541101, 0xFFFFFFFF, DCM_VR_LO, 0, "AttenuationCorrectionMethod", "1", "Attenuation Correction Method" },
    { 0x00541102, 0xFFFFFFFF, DCM_VR_CS, 0, "DecayCorrection", "1", "Decay Correction" },
    { 0x00541103, 0xFFFFFFFF, DCM_VR_LO, 0, "ReconstructionMethod", "1", "Reconstruction Method" },
    { 0x00541104, 0xFFFFFFFF, DCM_VR_LO, 0, "DetectorLinesOfResponseUsed", "1", "Detector Lines of Response Used" },
    { 0x00541105, 0xFFFFFFFF, DCM_VR_LO, 0, "ScatterCorrectionMethod", "1", "Scatter Correction Method" },
    { 0x00541200, 0xFFFFFFFF, DCM_VR_DS, 0, "AxialAcceptance", "1", "Axial Acceptance" },
    { 0x00541201, 0xFFFFFFFF, DCM_VR_IS, 0, "AxialMash", "2", "Axial Mash" },
    { 0x00541202, 0xFFFFFFFF, DCM_VR_IS, 0, "TransverseMash", "1", "Transverse Mash" },
    { 0x00541203, 0xFFFFFFFF, DCM_VR_DS, 0, "DetectorElementSize", "2", "Detector Element Size" },
    { 0x00541210, 0xFFFFFFFF, DCM_VR_DS, 0, "CoincidenceWindowWidth", "1", "Coincidence Window Width" },
    { 0x00541220, 0xFFFFFFFF, DCM_VR_CS, 0, "SecondaryCountsType", "1-n", "Secondary Counts Type" },
    { 0x00541300, 0xFFFFFFFF, DCM_VR_DS, 0, "FrameReferenceTime", "1", "Frame Reference Time" },
    { 0x00541310, 0xFFFFFFFF, DCM_VR_IS, 0, "PrimaryPromptsCountsAccumulated", "1", "Primary (Prompts) Counts Accumulated" },
    { 0x00541311, 0xFFFFFFFF, DCM_VR_IS, 0, "SecondaryCountsAccumulated", "1-n", "Secondary Counts Accumulated" },
    { 0x00541320, 0xFFFFFFFF, DCM_VR_DS, 0, "SliceSensitivityFactor", "1", "Slice Sensitivity Factor" },
    { 0x00541321, 0xFFFFFFFF, DCM_VR_DS, 0, "DecayFactor", "1", "Decay Factor" },
    { 0x00541322, 0xFFFFFFFF, DCM_VR_DS, 0, "DoseCalibrationFactor", "1", "Dose Calibration Factor" },
    { 0x00541323, 0xFFFFFFFF, DCM_VR_DS, 0, "ScatterFractionFactor", "1", "Scatter Fraction Factor" },
    { 0x00541324, 0xFFFFFFFF, DCM_VR_DS, 0, "DeadTimeFactor", "1", "Dead Time Factor" },
    { 0x00541330, 0xFFFFFFFF, DCM_VR_US, 0, "ImageIndex", "1", "Image Index" },
    { 0x00541400, 0xFFFFFFFF, DCM_VR_CS, 1, "CountsIncluded", "1-n", "Counts Included" },
    { 0x00541401, 0xFFFFFFFF, DCM_VR_CS, 1, "DeadTimeCorrectionFlag", "1", "Dead Time Correction Flag" },
    { 0x00603000, 0xFFFFFFFF, DCM_VR_SQ, 0, "HistogramSequence", "1", "Histogram Sequence" },
    { 0x00603002, 0xFFFFFFFF, DCM_VR_US, 0, "HistogramNumberOfBins", "1", "Histogram Number of Bins" },
    { 0x00603004, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "HistogramFirstBinValue", "1", "Histogram First Bin Value" },
    { 0x00603006, 0xFFFFFFFF, DCM_VR_AMBIG_US_SS, 0, "HistogramLastBinValue", "1", "Histogram Last Bin Value" },
    { 0x00603008, 0xFFFFFFFF, DCM_VR_US, 0, "HistogramBinWidth", "1", "Histogram Bin Width" },
    { 0x00603010, 0xFFFFFFFF, DCM_VR_LO, 0, "HistogramExplanation", "1", "Histogram Explanation" },
    { 0x00603020, 0xFFFFFFFF, DCM_VR_UL, 0, "HistogramData", "1-n", "Histogram Data" },
    { 0x00620001, 0xFFFFFFFF, DCM_VR_CS, 0, "SegmentationType", "1", "Segmentation Type" },
    { 0x00620002, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentSequence", "1", "Segment Sequence" },
    { 0x00620003, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentedPropertyCategoryCodeSequence", "1", "Segmented Property Category Code Sequence" },
    { 0x00620004, 0xFFFFFFFF, DCM_VR_US, 0, "SegmentNumber", "1", "Segment Number" },
    { 0x00620005, 0xFFFFFFFF, DCM_VR_LO, 0, "SegmentLabel", "1", "Segment Label" },
    { 0x00620006, 0xFFFFFFFF, DCM_VR_ST, 0, "SegmentDescription", "1", "Segment Description" },
    { 0x00620007, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentationAlgorithmIdentificationSequence", "1", "Segmentation Algorithm Identification Sequence" },
    { 0x00620008, 0xFFFFFFFF, DCM_VR_CS, 0, "SegmentAlgorithmType", "1", "Segment Algorithm Type" },
    { 0x00620009, 0xFFFFFFFF, DCM_VR_LO, 0, "SegmentAlgorithmName", "1-n", "Segment Algorithm Name" },
    { 0x0062000A, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentIdentificationSequence", "1", "Segment Identification Sequence" },
    { 0x0062000B, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedSegmentNumber", "1-n", "Referenced Segment Number" },
    { 0x0062000C, 0xFFFFFFFF, DCM_VR_US, 0, "RecommendedDisplayGrayscaleValue", "1", "Recommended Display Grayscale Value" },
    { 0x0062000D, 0xFFFFFFFF, DCM_VR_US, 0, "RecommendedDisplayCIELabValue", "3", "Recommended Display CIELab Value" },
    { 0x0062000E, 0xFFFFFFFF, DCM_VR_US, 0, "MaximumFractionalValue", "1", "Maximum Fractional Value" },
    { 0x0062000F, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentedPropertyTypeCodeSequence", "1", "Segmented Property Type Code Sequence" },
    { 0x00620010, 0xFFFFFFFF, DCM_VR_CS, 0, "SegmentationFractionalType", "1", "Segmentation Fractional Type" },
    { 0x00620011, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentedPropertyTypeModifierCodeSequence", "1", "Segmented Property Type Modifier Code Sequence" },
    { 0x00620012, 0xFFFFFFFF, DCM_VR_SQ, 0, "UsedSegmentsSequence", "1", "Used Segments Sequence" },
    { 0x00620013, 0xFFFFFFFF, DCM_VR_CS, 0, "SegmentsOverlap", "1", "Segments Overlap" },
    { 0x00620020, 0xFFFFFFFF, DCM_VR_UT, 0, "TrackingID", "1", "Tracking ID" },
    { 0x00620021, 0xFFFFFFFF, DCM_VR_UI, 0, "TrackingUID", "1", "Tracking UID" },
    { 0x00640002, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeformableRegistrationSequence", "1", "Deformable Registration Sequence" },
    { 0x00640003, 0xFFFFFFFF, DCM_VR_UI, 0, "SourceFrameOfReferenceUID", "1", "Source Frame of Reference UID" },
    { 0x00640005, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeformableRegistrationGridSequence", "1", "Deformable Registration Grid Sequence" },
    { 0x00640007, 0xFFFFFFFF, DCM_VR_UL, 0, "GridDimensions", "3", "Grid Dimensions" },
    { 0x00640008, 0xFFFFFFFF, DCM_VR_FD, 0, "GridResolution", "3", "Grid Resolution" },
    { 0x00640009, 0xFFFFFFFF, DCM_VR_OF, 0, "VectorGridData", "1", "Vector Grid Data" },
    { 0x0064000F, 0xFFFFFFFF, DCM_VR_SQ, 0, "PreDeformationMatrixRegistrationSequence", "1", "Pre Deformation Matrix Registration Sequence" },
    { 0x00640010, 0xFFFFFFFF, DCM_VR_SQ, 0, "PostDeformationMatrixRegistrationSequence", "1", "Post Deformation Matrix Registration Sequence" },
    { 0x00660001, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfSurfaces", "1", "Number of Surfaces" },
    { 0x00660002, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfaceSequence", "1", "Surface Sequence" },
    { 0x00660003, 0xFFFFFFFF, DCM_VR_UL, 0, "SurfaceNumber", "1", "Surface Number" },
    { 0x00660004, 0xFFFFFFFF, DCM_VR_LT, 0, "SurfaceComments", "1", "Surface Comments" },
    { 0x00660009, 0xFFFFFFFF, DCM_VR_CS, 0, "SurfaceProcessing", "1", "Surface Processing" },
    { 0x0066000A, 0xFFFFFFFF, DCM_VR_FL, 0, "SurfaceProcessingRatio", "1", "Surface Processing Ratio" },
    { 0x0066000B, 0xFFFFFFFF, DCM_VR_LO, 0, "SurfaceProcessingDescription", "1", "Surface Processing Description" },
    { 0x0066000C, 0xFFFFFFFF, DCM_VR_FL, 0, "RecommendedPresentationOpacity", "1", "Recommended Presentation Opacity" },
    { 0x0066000D, 0xFFFFFFFF, DCM_VR_CS, 0, "RecommendedPresentationType", "1", "Recommended Presentation Type" },
    { 0x0066000E, 0xFFFFFFFF, DCM_VR_CS, 0, "FiniteVolume", "1", "Finite Volume" },
    { 0x00660010, 0xFFFFFFFF, DCM_VR_CS, 0, "Manifold", "1", "Manifold" },
    { 0x00660011, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfacePointsSequence", "1", "Surface Points Sequence" },
    { 0x00660012, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfacePointsNormalsSequence", "1", "Surface Points Normals Sequence" },
    { 0x00660013, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfaceMeshPrimitivesSequence", "1", "Surface Mesh Primitives Sequence" },
    { 0x00660015, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfSurfacePoints", "1", "Number of Surface Points" },
    { 0x00660016, 0xFFFFFFFF, DCM_VR_OF, 0, "PointCoordinatesData", "1", "Point Coordinates Data" },
    { 0x00660017, 0xFFFFFFFF, DCM_VR_FL, 0, "PointPositionAccuracy", "3", "Point Position Accuracy" },
    { 0x00660018, 0xFFFFFFFF, DCM_VR_FL, 0, "MeanPointDistance", "1", "Mean Point Distance" },
    { 0x00660019, 0xFFFFFFFF, DCM_VR_FL, 0, "MaximumPointDistance", "1", "Maximum Point Distance" },
    { 0x0066001A, 0xFFFFFFFF, DCM_VR_FL, 0, "PointsBoundingBoxCoordinates", "6", "Points Bounding Box Coordinates" },
    { 0x0066001B, 0xFFFFFFFF, DCM_VR_FL, 0, "AxisOfRotation", "3", "Axis of Rotation" },
    { 0x0066001C, 0xFFFFFFFF, DCM_VR_FL, 0, "CenterOfRotation", "3", "Center of Rotation" },
    { 0x0066001E, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfVectors", "1", "Number of Vectors" },
    { 0x0066001F, 0xFFFFFFFF, DCM_VR_US, 0, "VectorDimensionality", "1", "Vector Dimensionality" },
    { 0x00660020, 0xFFFFFFFF, DCM_VR_FL, 0, "VectorAccuracy", "1-n", "Vector Accuracy" },
    { 0x00660021, 0xFFFFFFFF, DCM_VR_OF, 0, "VectorCoordinateData", "1", "Vector Coordinate Data" },
    { 0x00660022, 0xFFFFFFFF, DCM_VR_OD, 0, "DoublePointCoordinatesData", "1", "Double Point Coordinates Data" },
    { 0x00660023, 0xFFFFFFFF, DCM_VR_OW, 1, "TrianglePointIndexList", "1", "Triangle Point Index List" },
    { 0x00660024, 0xFFFFFFFF, DCM_VR_OW, 1, "EdgePointIndexList", "1", "Edge Point Index List" },
    { 0x00660025, 0xFFFFFFFF, DCM_VR_OW, 1, "VertexPointIndexList", "1", "Vertex Point Index List" },
    { 0x00660026, 0xFFFFFFFF, DCM_VR_SQ, 0, "TriangleStripSequence", "1", "Triangle Strip Sequence" },
    { 0x00660027, 0xFFFFFFFF, DCM_VR_SQ, 0, "TriangleFanSequence", "1", "Triangle Fan Sequence" },
    { 0x00660028, 0xFFFFFFFF, DCM_VR_SQ, 0, "LineSequence", "1", "Line Sequence" },
    { 0x00660029, 0xFFFFFFFF, DCM_VR_OW, 1, "PrimitivePointIndexList", "1", "Primitive Point Index List" },
    { 0x0066002A, 0xFFFFFFFF, DCM_VR_UL, 0, "SurfaceCount", "1", "Surface Count" },
    { 0x0066002B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSurfaceSequence", "1", "Referenced Surface Sequence" },
    { 0x0066002C, 0xFFFFFFFF, DCM_VR_UL, 0, "ReferencedSurfaceNumber", "1", "Referenced Surface Number" },
    { 0x0066002D, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentSurfaceGenerationAlgorithmIdentificationSequence", "1", "Segment Surface Generation Algorithm Identification Sequence" },
    { 0x0066002E, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentSurfaceSourceInstanceSequence", "1", "Segment Surface Source Instance Sequence" },
    { 0x0066002F, 0xFFFFFFFF, DCM_VR_SQ, 0, "AlgorithmFamilyCodeSequence", "1", "Algorithm Family Code Sequence" },
    { 0x00660030, 0xFFFFFFFF, DCM_VR_SQ, 0, "AlgorithmNameCodeSequence", "1", "Algorithm Name Code Sequence" },
    { 0x00660031, 0xFFFFFFFF, DCM_VR_LO, 0, "AlgorithmVersion", "1", "Algorithm Version" },
    { 0x00660032, 0xFFFFFFFF, DCM_VR_LT, 0, "AlgorithmParameters", "1", "Algorithm Parameters" },
    { 0x00660034, 0xFFFFFFFF, DCM_VR_SQ, 0, "FacetSequence", "1", "Facet Sequence" },
    { 0x00660035, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfaceProcessingAlgorithmIdentificationSequence", "1", "Surface Processing Algorithm Identification Sequence" },
    { 0x00660036, 0xFFFFFFFF, DCM_VR_LO, 0, "AlgorithmName", "1", "Algorithm Name" },
    { 0x00660037, 0xFFFFFFFF, DCM_VR_FL, 0, "RecommendedPointRadius", "1", "Recommended Point Radius" },
    { 0x00660038, 0xFFFFFFFF, DCM_VR_FL, 0, "RecommendedLineThickness", "1", "Recommended Line Thickness" },
    { 0x00660040, 0xFFFFFFFF, DCM_VR_OL, 0, "LongPrimitivePointIndexList", "1", "Long Primitive Point Index List" },
    { 0x00660041, 0xFFFFFFFF, DCM_VR_OL, 0, "LongTrianglePointIndexList", "1", "Long Triangle Point Index List" },
    { 0x00660042, 0xFFFFFFFF, DCM_VR_OL, 0, "LongEdgePointIndexList", "1", "Long Edge Point Index List" },
    { 0x00660043, 0xFFFFFFFF, DCM_VR_OL, 0, "LongVertexPointIndexList", "1", "Long Vertex Point Index List" },
    { 0x00660101, 0xFFFFFFFF, DCM_VR_SQ, 0, "TrackSetSequence", "1", "Track Set Sequence" },
    { 0x00660102, 0xFFFFFFFF, DCM_VR_SQ, 0, "TrackSequence", "1", "Track Sequence" },
    { 0x00660103, 0xFFFFFFFF, DCM_VR_OW, 0, "RecommendedDisplayCIELabValueList", "1", "Recommended Display CIELab Value List" },
    { 0x00660104, 0xFFFFFFFF, DCM_VR_SQ, 0, "TrackingAlgorithmIdentificationSequence", "1", "Tracking Algorithm Identification Sequence" },
    { 0x00660105, 0xFFFFFFFF, DCM_VR_UL, 0, "TrackSetNumber", "1", "Track Set Number" },
    { 0x00660106, 0xFFFFFFFF, DCM_VR_LO, 0, "TrackSetLabel", "1", "Track Set Label" },
    { 0x00660107, 0xFFFFFFFF, DCM_VR_UT, 0, "TrackSetDescription", "1", "Track Set Description" },
    { 0x00660108, 0xFFFFFFFF, DCM_VR_SQ, 0, "TrackSetAnatomicalTypeCodeSequence", "1", "Track Set Anatomical Type Code Sequence" },
    { 0x00660121, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasurementsSequence", "1", "Measurements Sequence" },
    { 0x00660124, 0xFFFFFFFF, DCM_VR_SQ, 0, "TrackSetStatisticsSequence", "1", "Track Set Statistics Sequence" },
    { 0x00660125, 0xFFFFFFFF, DCM_VR_OF, 0, "FloatingPointValues", "1", "Floating Point Values" },
    { 0x00660129, 0xFFFFFFFF, DCM_VR_OL, 0, "TrackPointIndexList", "1", "Track Point Index List" },
    { 0x00660130, 0xFFFFFFFF, DCM_VR_SQ, 0, "TrackStatisticsSequence", "1", "Track Statistics Sequence" },
    { 0x00660132, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasurementValuesSequence", "1", "Measurement Values Sequence" },
    { 0x00660133, 0xFFFFFFFF, DCM_VR_SQ, 0, "DiffusionAcquisitionCodeSequence", "1", "Diffusion Acquisition Code Sequence" },
    { 0x00660134, 0xFFFFFFFF, DCM_VR_SQ, 0, "DiffusionModelCodeSequence", "1", "Diffusion Model Code Sequence" },
    { 0x00686210, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantSize", "1", "Implant Size" },
    { 0x00686221, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantTemplateVersion", "1", "Implant Template Version" },
    { 0x00686222, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReplacedImplantTemplateSequence", "1", "Replaced Implant Template Sequence" },
    { 0x00686223, 0xFFFFFFFF, DCM_VR_CS, 0, "ImplantType", "1", "Implant Type" },
    { 0x00686224, 0xFFFFFFFF, DCM_VR_SQ, 0, "DerivationImplantTemplateSequence", "1", "Derivation Implant Template Sequence" },
    { 0x00686225, 0xFFFFFFFF, DCM_VR_SQ, 0, "OriginalImplantTemplateSequence", "1", "Original Implant Template Sequence" },
    { 0x00686226, 0xFFFFFFFF, DCM_VR_DT, 0, "EffectiveDateTime", "1", "Effective DateTime" },
    { 0x00686230, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantTargetAnatomySequence", "1", "Implant Target Anatomy Sequence" },
    { 0x00686260, 0xFFFFFFFF, DCM_VR_SQ, 0, "InformationFromManufacturerSequence", "1", "Information From Manufacturer Sequence" },
    { 0x00686265, 0xFFFFFFFF, DCM_VR_SQ, 0, "NotificationFromManufacturerSequence", "1", "Notification From Manufacturer Sequence" },
    { 0x00686270, 0xFFFFFFFF, DCM_VR_DT, 0, "InformationIssueDateTime", "1", "Information Issue DateTime" },
    { 0x00686280, 0xFFFFFFFF, DCM_VR_ST, 0, "InformationSummary", "1", "Information Summary" },
    { 0x006862A0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantRegulatoryDisapprovalCodeSequence", "1", "Implant Regulatory Disapproval Code Sequence" },
    { 0x006862A5, 0xFFFFFFFF, DCM_VR_FD, 0, "OverallTemplateSpatialTolerance", "1", "Overall Template Spatial Tolerance" },
    { 0x006862C0, 0xFFFFFFFF, DCM_VR_SQ, 0, "HPGLDocumentSequence", "1", "HPGL Document Sequence" },
    { 0x006862D0, 0xFFFFFFFF, DCM_VR_US, 0, "HPGLDocumentID", "1", "HPGL Document ID" },
    { 0x006862D5, 0xFFFFFFFF, DCM_VR_LO, 0, "HPGLDocumentLabel", "1", "HPGL Document Label" },
    { 0x006862E0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ViewOrientationCodeSequence", "1", "View Orientation Code Sequence" },
    { 0x006862F0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ViewOrientationModifierCodeSequence", "1", "View Orientation Modifier Code Sequence" },
    { 0x006862F2, 0xFFFFFFFF, DCM_VR_FD, 0, "HPGLDocumentScaling", "1", "HPGL Document Scaling" },
    { 0x00686300, 0xFFFFFFFF, DCM_VR_OB, 0, "HPGLDocument", "1", "HPGL Document" },
    { 0x00686310, 0xFFFFFFFF, DCM_VR_US, 0, "HPGLContourPenNumber", "1", "HPGL Contour Pen Number" },
    { 0x00686320, 0xFFFFFFFF, DCM_VR_SQ, 0, "HPGLPenSequence", "1", "HPGL Pen Sequence" },
    { 0x00686330, 0xFFFFFFFF, DCM_VR_US, 0, "HPGLPenNumber", "1", "HPGL Pen Number" },
    { 0x00686340, 0xFFFFFFFF, DCM_VR_LO, 0, "HPGLPenLabel", "1", "HPGL Pen Label" },
    { 0x00686345, 0xFFFFFFFF, DCM_VR_ST, 0, "HPGLPenDescription", "1", "HPGL Pen Description" },
    { 0x00686346, 0xFFFFFFFF, DCM_VR_FD, 0, "RecommendedRotationPoint", "2", "Recommended Rotation Point" },
    { 0x00686347, 0xFFFFFFFF, DCM_VR_FD, 0, "BoundingRectangle", "4", "Bounding Rectangle" },
    { 0x00686350, 0xFFFFFFFF, DCM_VR_US, 0, "ImplantTemplate3DModelSurfaceNumber", "1-n", "Implant Template 3D Model Surface Number" },
    { 0x00686360, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfaceModelDescriptionSequence", "1", "Surface Model Description Sequence" },
    { 0x00686380, 0xFFFFFFFF, DCM_VR_LO, 0, "SurfaceModelLabel", "1", "Surface Model Label" },
    { 0x00686390, 0xFFFFFFFF, DCM_VR_FD, 0, "SurfaceModelScalingFactor", "1", "Surface Model Scaling Factor" },
    { 0x006863A0, 0xFFFFFFFF, DCM_VR_SQ, 0, "MaterialsCodeSequence", "1", "Materials Code Sequence" },
    { 0x006863A4, 0xFFFFFFFF, DCM_VR_SQ, 0, "CoatingMaterialsCodeSequence", "1", "Coating Materials Code Sequence" },
    { 0x006863A8, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantTypeCodeSequence", "1", "Implant Type Code Sequence" },
    { 0x006863AC, 0xFFFFFFFF, DCM_VR_SQ, 0, "FixationMethodCodeSequence", "1", "Fixation Method Code Sequence" },
    { 0x006863B0, 0xFFFFFFFF, DCM_VR_SQ, 0, "MatingFeatureSetsSequence", "1", "Mating Feature Sets Sequence" },
    { 0x006863C0, 0xFFFFFFFF, DCM_VR_US, 0, "MatingFeatureSetID", "1", "Mating Feature Set ID" },
    { 0x006863D0, 0xFFFFFFFF, DCM_VR_LO, 0, "MatingFeatureSetLabel", "1", "Mating Feature Set Label" },
    { 0x006863E0, 0xFFFFFFFF, DCM_VR_SQ, 0, "MatingFeatureSequence", "1", "Mating Feature Sequence" },
    { 0x006863F0, 0xFFFFFFFF, DCM_VR_US, 0, "MatingFeatureID", "1", "Mating Feature ID" },
    { 0x00686400, 0xFFFFFFFF, DCM_VR_SQ, 0, "MatingFeatureDegreeOfFreedomSequence", "1", "Mating Feature Degree of Freedom Sequence" },
    { 0x00686410, 0xFFFFFFFF, DCM_VR_US, 0, "DegreeOfFreedomID", "1", "Degree of Freedom ID" },
    { 0x00686420, 0xFFFFFFFF, DCM_VR_CS, 0, "DegreeOfFreedomType", "1", "Degree of Freedom Type" },
    { 0x00686430, 0xFFFFFFFF, DCM_VR_SQ, 0, "TwoDMatingFeatureCoordinatesSequence", "1", "2D Mating Feature Coordinates Sequence" },
    { 0x00686440, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedHPGLDocumentID", "1", "Referenced HPGL Document ID" },
    { 0x00686450, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDMatingPoint", "2", "2D Mating Point" },
    { 0x00686460, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDMatingAxes", "4", "2D Mating Axes" },
    { 0x00686470, 0xFFFFFFFF, DCM_VR_SQ, 0, "TwoDDegreeOfFreedomSequence", "1", "2D Degree of Freedom Sequence" },
    { 0x00686490, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDDegreeOfFreedomAxis", "3", "3D Degree of Freedom Axis" },
    { 0x006864A0, 0xFFFFFFFF, DCM_VR_FD, 0, "RangeOfFreedom", "2", "Range of Freedom" },
    { 0x006864C0, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDMatingPoint", "3", "3D Mating Point" },
    { 0x006864D0, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDMatingAxes", "9", "3D Mating Axes" },
    { 0x006864F0, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDDegreeOfFreedomAxis", "3", "2D Degree of Freedom Axis" },
    { 0x00686500, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanningLandmarkPointSequence", "1", "Planning Landmark Point Sequence" },
    { 0x00686510, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanningLandmarkLineSequence", "1", "Planning Landmark Line Sequence" },
    { 0x00686520, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanningLandmarkPlaneSequence", "1", "Planning Landmark Plane Sequence" },
    { 0x00686530, 0xFFFFFFFF, DCM_VR_US, 0, "PlanningLandmarkID", "1", "Planning Landmark ID" },
    { 0x00686540, 0xFFFFFFFF, DCM_VR_LO, 0, "PlanningLandmarkDescription", "1", "Planning Landmark Description" },
    { 0x00686545, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanningLandmarkIdentificationCodeSequence", "1", "Planning Landmark Identification Code Sequence" },
    { 0x00686550, 0xFFFFFFFF, DCM_VR_SQ, 0, "TwoDPointCoordinatesSequence", "1", "2D Point Coordinates Sequence" },
    { 0x00686560, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDPointCoordinates", "2", "2D Point Coordinates" },
    { 0x00686590, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDPointCoordinates", "3", "3D Point Coordinates" },
    { 0x006865A0, 0xFFFFFFFF, DCM_VR_SQ, 0, "TwoDLineCoordinatesSequence", "1", "2D Line Coordinates Sequence" },
    { 0x006865B0, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDLineCoordinates", "4", "2D Line Coordinates" },
    { 0x006865D0, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDLineCoordinates", "6", "3D Line Coordinates" },
    { 0x006865E0, 0xFFFFFFFF, DCM_VR_SQ, 0, "TwoDPlaneCoordinatesSequence", "1", "2D Plane Coordinates Sequence" },
    { 0x006865F0, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDPlaneIntersection", "4", "2D Plane Intersection" },
    { 0x00686610, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDPlaneOrigin", "3", "3D Plane Origin" },
    { 0x00686620, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDPlaneNormal", "3", "3D Plane Normal" },
    { 0x00687001, 0xFFFFFFFF, DCM_VR_CS, 0, "ModelModification", "1", "Model Modification" },
    { 0x00687002, 0xFFFFFFFF, DCM_VR_CS, 0, "ModelMirroring", "1", "Model Mirroring" },
    { 0x00687003, 0xFFFFFFFF, DCM_VR_SQ, 0, "ModelUsageCodeSequence", "1", "Model Usage Code Sequence" },
    { 0x00687004, 0xFFFFFFFF, DCM_VR_UI, 0, "ModelGroupUID", "1", "Model Group UID" },
    { 0x00687005, 0xFFFFFFFF, DCM_VR_UR, 0, "RelativeURIReferenceWithinEncapsulatedDocument", "1", "Relative URI Reference Within Encapsulated Document" },
    { 0x006A0001, 0xFFFFFFFF, DCM_VR_CS, 0, "AnnotationCoordinateType", "1", "Annotation Coordinate Type" },
    { 0x006A0002, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnnotationGroupSequence", "1", "Annotation Group Sequence" },
    { 0x006A0003, 0xFFFFFFFF, DCM_VR_UI, 0, "AnnotationGroupUID", "1", "Annotation Group UID" },
    { 0x006A0005, 0xFFFFFFFF, DCM_VR_LO, 0, "AnnotationGroupLabel", "1", "Annotation Group Label" },
    { 0x006A0006, 0xFFFFFFFF, DCM_VR_UT, 0, "AnnotationGroupDescription", "1", "Annotation Group Description" },
    { 0x006A0007, 0xFFFFFFFF, DCM_VR_CS, 0, "AnnotationGroupGenerationType", "1", "Annotation Group Generation Type" },
    { 0x006A0008, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnnotationGroupAlgorithmIdentificationSequence", "1", "Annotation Group Algorithm Identification Sequence" },
    { 0x006A0009, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnnotationPropertyCategoryCodeSequence", "1", "Annotation Property Category Code Sequence" },
    { 0x006A000A, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnnotationPropertyTypeCodeSequence", "1", "Annotation Property Type Code Sequence" },
    { 0x006A000B, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnnotationPropertyTypeModifierCodeSequence", "1", "Annotation Property Type Modifier Code Sequence" },
    { 0x006A000C, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfAnnotations", "1", "Number of Annotations" },
    { 0x006A000D, 0xFFFFFFFF, DCM_VR_CS, 0, "AnnotationAppliesToAllOpticalPaths", "1", "Annotation Applies to All Optical Paths" },
    { 0x006A000E, 0xFFFFFFFF, DCM_VR_SH, 0, "ReferencedOpticalPathIdentifier", "1-n", "Referenced Optical Path Identifier" },
    { 0x006A000F, 0xFFFFFFFF, DCM_VR_CS, 0, "AnnotationAppliesToAllZPlanes", "1", "Annotation Applies to All Z Planes" },
    { 0x006A0010, 0xFFFFFFFF, DCM_VR_FD, 0, "CommonZCoordinateValue", "1-n", "Common Z Coordinate Value" },
    { 0x006A0011, 0xFFFFFFFF, DCM_VR_OL, 0, "AnnotationIndexList", "1", "Annotation Index List" },
    { 0x00700001, 0xFFFFFFFF, DCM_VR_SQ, 0, "GraphicAnnotationSequence", "1", "Graphic Annotation Sequence" },
    { 0x00700002, 0xFFFFFFFF, DCM_VR_CS, 0, "GraphicLayer", "1", "Graphic Layer" },
    { 0x00700003, 0xFFFFFFFF, DCM_VR_CS, 0, "BoundingBoxAnnotationUnits", "1", "Bounding Box Annotation Units" },
    { 0x00700004, 0xFFFFFFFF, DCM_VR_CS, 0, "AnchorPointAnnotationUnits", "1", "Anchor Point Annotation Units" },
    { 0x00700005, 0xFFFFFFFF, DCM_VR_CS, 0, "GraphicAnnotationUnits", "1", "Graphic Annotation Units" },
    { 0x00700006, 0xFFFFFFFF, DCM_VR_ST, 0, "UnformattedTextValue", "1", "Unformatted Text Value" },
    { 0x00700008, 0xFFFFFFFF, DCM_VR_SQ, 0, "TextObjectSequence", "1", "Text Object Sequence" },
    { 0x00700009, 0xFFFFFFFF, DCM_VR_SQ, 0, "GraphicObjectSequence", "1", "Graphic Object Sequence" },
    { 0x00700010, 0xFFFFFFFF, DCM_VR_FL, 0, "BoundingBoxTopLeftHandCorner", "2", "Bounding Box Top Left Hand Corner" },
    { 0x00700011, 0xFFFFFFFF, DCM_VR_FL, 0, "BoundingBoxBottomRightHandCorner", "2", "Bounding Box Bottom Right Hand Corner" },
    { 0x00700012, 0xFFFFFFFF, DCM_VR_CS, 0, "BoundingBoxTextHorizontalJustification", "1", "Bounding Box Text Horizontal Justification" },
    { 0x00700014, 0xFFFFFFFF, DCM_VR_FL, 0, "AnchorPoint", "2", "Anchor Point" },
    { 0x00700015, 0xFFFFFFFF, DCM_VR_CS, 0, "AnchorPointVisibility", "1", "Anchor Point Visibility" },
    { 0x00700020, 0xFFFFFFFF, DCM_VR_US, 0, "GraphicDimensions", "1", "Graphic Dimensions" },
    { 0x00700021, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfGraphicPoints", "1", "Number of Graphic Points" },
    { 0x00700022, 0xFFFFFFFF, DCM_VR_FL, 0, "GraphicData", "2-n", "Graphic Data" },
    { 0x00700023, 0xFFFFFFFF, DCM_VR_CS, 0, "GraphicType", "1", "Graphic Type" },
    { 0x00700024, 0xFFFFFFFF, DCM_VR_CS, 0, "GraphicFilled", "1", "Graphic Filled" },
    { 0x00700040, 0xFFFFFFFF, DCM_VR_IS, 1, "ImageRotationRetired", "1", "Image Rotation (Retired)" },
    { 0x00700041, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageHorizontalFlip", "1", "Image Horizontal Flip" },
    { 0x00700042, 0xFFFFFFFF, DCM_VR_US, 0, "ImageRotation", "1", "Image Rotation" },
    { 0x00700050, 0xFFFFFFFF, DCM_VR_US, 1, "DisplayedAreaTopLeftHandCornerTrial", "2", "Displayed Area Top Left Hand Corner (Trial)" },
    { 0x00700051, 0xFFFFFFFF, DCM_VR_US, 1, "DisplayedAreaBottomRightHandCornerTrial", "2", "Displayed Area Bottom Right Hand Corner (Trial)" },
    { 0x00700052, 0xFFFFFFFF, DCM_VR_SL, 0, "DisplayedAreaTopLeftHandCorner", "2", "Displayed Area Top Left Hand Corner" },
    { 0x00700053, 0xFFFFFFFF, DCM_VR_SL, 0, "DisplayedAreaBottomRightHandCorner", "2", "Displayed Area Bottom Right Hand Corner" },
    { 0x0070005A, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplayedAreaSelectionSequence", "1", "Displayed Area Selection Sequence" },
    { 0x00700060, 0xFFFFFFFF, DCM_VR_SQ, 0, "GraphicLayerSequence", "1", "Graphic Layer Sequence" },
    { 0x00700062, 0xFFFFFFFF, DCM_VR_IS, 0, "GraphicLayerOrder", "1", "Graphic Layer Order" },
    { 0x00700066, 0xFFFFFFFF, DCM_VR_US, 0, "GraphicLayerRecommendedDisplayGrayscaleValue", "1", "Graphic Layer Recommended Display Grayscale Value" },
    { 0x00700067, 0xFFFFFFFF, DCM_VR_US, 1, "GraphicLayerRecommendedDisplayRGBValue", "3", "Graphic Layer Recommended Display RGB Value" },
    { 0x00700068, 0xFFFFFFFF, DCM_VR_LO, 0, "GraphicLayerDescription", "1", "Graphic Layer Description" },
    { 0x00700080, 0xFFFFFFFF, DCM_VR_CS, 0, "ContentLabel", "1", "Content Label" },
    { 0x00700081, 0xFFFFFFFF, DCM_VR_LO, 0, "ContentDescription", "1", "Content Description" },
    { 0x00700082, 0xFFFFFFFF, DCM_VR_DA, 0, "PresentationCreationDate", "1", "Presentation Creation Date" },
    { 0x00700083, 0xFFFFFFFF, DCM_VR_TM, 0, "PresentationCreationTime", "1", "Presentation Creation Time" },
    { 0x00700084, 0xFFFFFFFF, DCM_VR_PN, 0, "ContentCreatorName", "1", "Content Creator's Name" },
    { 0x00700086, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContentCreatorIdentificationCodeSequence", "1", "Content Creator's Identification Code Sequence" },
    { 0x00700087, 0xFFFFFFFF, DCM_VR_SQ, 0, "AlternateContentDescriptionSequence", "1", "Alternate Content Description Sequence" },
    { 0x00700100, 0xFFFFFFFF, DCM_VR_CS, 0, "PresentationSizeMode", "1", "Presentation Size Mode" },
    { 0x00700101, 0xFFFFFFFF, DCM_VR_DS, 0, "PresentationPixelSpacing", "2", "Presentation Pixel Spacing" },
    { 0x00700102, 0xFFFFFFFF, DCM_VR_IS, 0, "PresentationPixelAspectRatio", "2", "Presentation Pixel Aspect Ratio" },
    { 0x00700103, 0xFFFFFFFF, DCM_VR_FL, 0, "PresentationPixelMagnificationRatio", "1", "Presentation Pixel Magnification Ratio" },
    { 0x00700207, 0xFFFFFFFF, DCM_VR_LO, 0, "GraphicGroupLabel", "1", "Graphic Group Label" },
    { 0x00700208, 0xFFFFFFFF, DCM_VR_ST, 0, "GraphicGroupDescription", "1", "Graphic Group Description" },
    { 0x00700209, 0xFFFFFFFF, DCM_VR_SQ, 0, "CompoundGraphicSequence", "1", "Compound Graphic Sequence" },
    { 0x00700226, 0xFFFFFFFF, DCM_VR_UL, 0, "CompoundGraphicInstanceID", "1", "Compound Graphic Instance ID" },
    { 0x00700227, 0xFFFFFFFF, DCM_VR_LO, 0, "FontName", "1", "Font Name" },
    { 0x00700228, 0xFFFFFFFF, DCM_VR_CS, 0, "FontNameType", "1", "Font Name Type" },
    { 0x00700229, 0xFFFFFFFF, DCM_VR_LO, 0, "CSSFontName", "1", "CSS Font Name" },
    { 0x00700230, 0xFFFFFFFF, DCM_VR_FD, 0, "RotationAngle", "1", "Rotation Angle" },
    { 0x00700231, 0xFFFFFFFF, DCM_VR_SQ, 0, "TextStyleSequence", "1", "Text Style Sequence" },
    { 0x00700232, 0xFFFFFFFF, DCM_VR_SQ, 0, "LineStyleSequence", "1", "Line Style Sequence" },
    { 0x00700233, 0xFFFFFFFF, DCM_VR_SQ, 0, "FillStyleSequence", "1", "Fill Style Sequence" },
    { 0x00700234, 0xFFFFFFFF, DCM_VR_SQ, 0, "GraphicGroupSequence", "1", "Graphic Group Sequence" },
    { 0x00700241, 0xFFFFFFFF, DCM_VR_US, 0, "TextColorCIELabValue", "3", "Text Color CIELab Value" },
    { 0x00700242, 0xFFFFFFFF, DCM_VR_CS, 0, "HorizontalAlignment", "1", "Horizontal Alignment" },
    { 0x00700243, 0xFFFFFFFF, DCM_VR_CS, 0, "VerticalAlignment", "1", "Vertical Alignment" },
    { 0x00700244, 0xFFFFFFFF, DCM_VR_CS, 0, "ShadowStyle", "1", "Shadow Style" },
    { 0x00700245, 0xFFFFFFFF, DCM_VR_FL, 0, "ShadowOffsetX", "1", "Shadow Offset X" },
    { 0x00700246, 0xFFFFFFFF, DCM_VR_FL, 0, "ShadowOffsetY", "1", "Shadow Offset Y" },
    { 0x00700247, 0xFFFFFFFF, DCM_VR_US, 0, "ShadowColorCIELabValue", "3", "Shadow Color CIELab Value" },
    { 0x00700248, 0xFFFFFFFF, DCM_VR_CS, 0, "Underlined", "1", "Underlined" },
    { 0x00700249, 0xFFFFFFFF, DCM_VR_CS, 0, "Bold", "1", "Bold" },
    { 0x00700250, 0xFFFFFFFF, DCM_VR_CS, 0, "Italic", "1", "Italic" },
    { 0x00700251, 0xFFFFFFFF, DCM_VR_US, 0, "PatternOnColorCIELabValue", "3", "Pattern On Color CIELab Value" },
    { 0x00700252, 0xFFFFFFFF, DCM_VR_US, 0, "PatternOffColorCIELabValue", "3", "Pattern Off Color CIELab Value" },
    { 0x00700253, 0xFFFFFFFF, DCM_VR_FL, 0, "LineThickness", "1", "Line Thickness" },
    { 0x00700254, 0xFFFFFFFF, DCM_VR_CS, 0, "LineDashingStyle", "1", "Line Dashing Style" },
    { 0x00700255, 0xFFFFFFFF, DCM_VR_UL, 0, "LinePattern", "1", "Line Pattern" },
    { 0x00700256, 0xFFFFFFFF, DCM_VR_OB, 0, "FillPattern", "1", "Fill Pattern" },
    { 0x00700257, 0xFFFFFFFF, DCM_VR_CS, 0, "FillMode", "1", "Fill Mode" },
    { 0x00700258, 0xFFFFFFFF, DCM_VR_FL, 0, "ShadowOpacity", "1", "Shadow Opacity" },
    { 0x00700261, 0xFFFFFFFF, DCM_VR_FL, 0, "GapLength", "1", "Gap Length" },
    { 0x00700262, 0xFFFFFFFF, DCM_VR_FL, 0, "DiameterOfVisibility", "1", "Diameter of Visibility" },
    { 0x00700273, 0xFFFFFFFF, DCM_VR_FL, 0, "RotationPoint", "2", "Rotation Point" },
    { 0x00700274, 0xFFFFFFFF, DCM_VR_CS, 0, "TickAlignment", "1", "Tick Alignment" },
    { 0x00700278, 0xFFFFFFFF, DCM_VR_CS, 0, "ShowTickLabel", "1", "Show Tick Label" },
    { 0x00700279, 0xFFFFFFFF, DCM_VR_CS, 0, "TickLabelAlignment", "1", "Tick Label Alignment" },
    { 0x00700282, 0xFFFFFFFF, DCM_VR_CS, 0, "CompoundGraphicUnits", "1", "Compound Graphic Units" },
    { 0x00700284, 0xFFFFFFFF, DCM_VR_FL, 0, "PatternOnOpacity", "1", "Pattern On Opacity" },
    { 0x00700285, 0xFFFFFFFF, DCM_VR_FL, 0, "PatternOffOpacity", "1", "Pattern Off Opacity" },
    { 0x00700287, 0xFFFFFFFF, DCM_VR_SQ, 0, "MajorTicksSequence", "1", "Major Ticks Sequence" },
    { 0x00700288, 0xFFFFFFFF, DCM_VR_FL, 0, "TickPosition", "1", "Tick Position" },
    { 0x00700289, 0xFFFFFFFF, DCM_VR_SH, 0, "TickLabel", "1", "Tick Label" },
    { 0x00700294, 0xFFFFFFFF, DCM_VR_CS, 0, "CompoundGraphicType", "1", "Compound Graphic Type" },
    { 0x00700295, 0xFFFFFFFF, DCM_VR_UL, 0, "GraphicGroupID", "1", "Graphic Group ID" },
    { 0x00700306, 0xFFFFFFFF, DCM_VR_CS, 0, "ShapeType", "1", "Shape Type" },
    { 0x00700308, 0xFFFFFFFF, DCM_VR_SQ, 0, "RegistrationSequence", "1", "Registration Sequence" },
    { 0x00700309, 0xFFFFFFFF, DCM_VR_SQ, 0, "MatrixRegistrationSequence", "1", "Matrix Registration Sequence" },
    { 0x0070030A, 0xFFFFFFFF, DCM_VR_SQ, 0, "MatrixSequence", "1", "Matrix Sequence" },
    { 0x0070030B, 0xFFFFFFFF, DCM_VR_FD, 0, "FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix", "16", "Frame of Reference to Displayed Coordinate System Transformation Matrix" },
    { 0x0070030C, 0xFFFFFFFF, DCM_VR_CS, 0, "FrameOfReferenceTransformationMatrixType", "1", "Frame of Reference Transformation Matrix Type" },
    { 0x0070030D, 0xFFFFFFFF, DCM_VR_SQ, 0, "RegistrationTypeCodeSequence", "1", "Registration Type Code Sequence" },
    { 0x0070030F, 0xFFFFFFFF, DCM_VR_ST, 0, "FiducialDescription", "1", "Fiducial Description" },
    { 0x00700310, 0xFFFFFFFF, DCM_VR_SH, 0, "FiducialIdentifier", "1", "Fiducial Identifier" },
    { 0x00700311, 0xFFFFFFFF, DCM_VR_SQ, 0, "FiducialIdentifierCodeSequence", "1", "Fiducial Identifier Code Sequence" },
    { 0x00700312, 0xFFFFFFFF, DCM_VR_FD, 0, "ContourUncertaintyRadius", "1", "Contour Uncertainty Radius" },
    { 0x00700314, 0xFFFFFFFF, DCM_VR_SQ, 0, "UsedFiducialsSequence", "1", "Used Fiducials Sequence" },
    { 0x00700318, 0xFFFFFFFF, DCM_VR_SQ, 0, "GraphicCoordinatesDataSequence", "1", "Graphic Coordinates Data Sequence" },
    { 0x0070031A, 0xFFFFFFFF, DCM_VR_UI, 0, "FiducialUID", "1", "Fiducial UID" },
    { 0x0070031B, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedFiducialUID", "1", "Referenced Fiducial UID" },
    { 0x0070031C, 0xFFFFFFFF, DCM_VR_SQ, 0, "FiducialSetSequence", "1", "Fiducial Set Sequence" },
    { 0x0070031E, 0xFFFFFFFF, DCM_VR_SQ, 0, "FiducialSequence", "1", "Fiducial Sequence" },
    { 0x0070031F, 0xFFFFFFFF, DCM_VR_SQ, 0, "FiducialsPropertyCategoryCodeSequence", "1", "Fiducials Property Category Code Sequence" },
    { 0x00700401, 0xFFFFFFFF, DCM_VR_US, 0, "GraphicLayerRecommendedDisplayCIELabValue", "3", "Graphic Layer Recommended Display CIELab Value" },
    { 0x00700402, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlendingSequence", "1", "Blending Sequence" },
    { 0x00700403, 0xFFFFFFFF, DCM_VR_FL, 0, "RelativeOpacity", "1", "Relative Opacity" },
    { 0x00700404, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSpatialRegistrationSequence", "1", "Referenced Spatial Registration Sequence" },
    { 0x00700405, 0xFFFFFFFF, DCM_VR_CS, 0, "BlendingPosition", "1", "Blending Position" },
    { 0x00701101, 0xFFFFFFFF, DCM_VR_UI, 0, "PresentationDisplayCollectionUID", "1", "Presentation Display Collection UID" },
    { 0x00701102, 0xFFFFFFFF, DCM_VR_UI, 0, "PresentationSequenceCollectionUID", "1", "Presentation Sequence Collection UID" },
    { 0x00701103, 0xFFFFFFFF, DCM_VR_US, 0, "PresentationSequencePositionIndex", "1", "Presentation Sequence Position Index" },
    { 0x00701104, 0xFFFFFFFF, DCM_VR_SQ, 0, "RenderedImageReferenceSequence", "1", "Rendered Image Reference Sequence" },
    { 0x00701201, 0xFFFFFFFF, DCM_VR_SQ, 0, "VolumetricPresentationStateInputSequence", "1", "Volumetric Presentation State Input Sequence" },
    { 0x00701202, 0xFFFFFFFF, DCM_VR_CS, 0, "PresentationInputType", "1", "Presentation Input Type" },
    { 0x00701203, 0xFFFFFFFF, DCM_VR_US, 0, "InputSequencePositionIndex", "1", "Input Sequence Position Index" },
    { 0x00701204, 0xFFFFFFFF, DCM_VR_CS, 0, "Crop", "1", "Crop" },
    { 0x00701205, 0xFFFFFFFF, DCM_VR_US, 0, "CroppingSpecificationIndex", "1-n", "Cropping Specification Index" },
    { 0x00701206, 0xFFFFFFFF, DCM_VR_CS, 1, "CompositingMethod", "1", "Compositing Method" },
    { 0x00701207, 0xFFFFFFFF, DCM_VR_US, 0, "VolumetricPresentationInputNumber", "1", "Volumetric Presentation Input Number" },
    { 0x00701208, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageVolumeGeometry", "1", "Image Volume Geometry" },
    { 0x00701209, 0xFFFFFFFF, DCM_VR_UI, 0, "VolumetricPresentationInputSetUID", "1", "Volumetric Presentation Input Set UID" },
    { 0x0070120A, 0xFFFFFFFF, DCM_VR_SQ, 0, "VolumetricPresentationInputSetSequence", "1", "Volumetric Presentation Input Set Sequence" },
    { 0x0070120B, 0xFFFFFFFF, DCM_VR_CS, 0, "GlobalCrop", "1", "Global Crop" },
    { 0x0070120C, 0xFFFFFFFF, DCM_VR_US, 0, "GlobalCroppingSpecificationIndex", "1-n", "Global Cropping Specification Index" },
    { 0x0070120D, 0xFFFFFFFF, DCM_VR_CS, 0, "RenderingMethod", "1", "Rendering Method" },
    { 0x00701301, 0xFFFFFFFF, DCM_VR_SQ, 0, "VolumeCroppingSequence", "1", "Volume Cropping Sequence" },
    { 0x00701302, 0xFFFFFFFF, DCM_VR_CS, 0, "VolumeCroppingMethod", "1", "Volume Cropping Method" },
    { 0x00701303, 0xFFFFFFFF, DCM_VR_FD, 0, "BoundingBoxCrop", "6", "Bounding Box Crop" },
    { 0x00701304, 0xFFFFFFFF, DCM_VR_SQ, 0, "ObliqueCroppingPlaneSequence", "1", "Oblique Cropping Plane Sequence" },
    { 0x00701305, 0xFFFFFFFF, DCM_VR_FD, 0, "Plane", "4", "Plane" },
    { 0x00701306, 0xFFFFFFFF, DCM_VR_FD, 0, "PlaneNormal", "3", "Plane Normal" },
    { 0x00701309, 0xFFFFFFFF, DCM_VR_US, 0, "CroppingSpecificationNumber", "1", "Cropping Specification Number" },
    { 0x00701501, 0xFFFFFFFF, DCM_VR_CS, 0, "MultiPlanarReconstructionStyle", "1", "Multi-Planar Reconstruction Style" },
    { 0x00701502, 0xFFFFFFFF, DCM_VR_CS, 0, "MPRThicknessType", "1", "MPR Thickness Type" },
    { 0x00701503, 0xFFFFFFFF, DCM_VR_FD, 0, "MPRSlabThickness", "1", "MPR Slab Thickness" },
    { 0x00701505, 0xFFFFFFFF, DCM_VR_FD, 0, "MPRTopLeftHandCorner", "3", "MPR Top Left Hand Corner" },
    { 0x00701507, 0xFFFFFFFF, DCM_VR_FD, 0, "MPRViewWidthDirection", "3", "MPR View Width Direction" },
    { 0x00701508, 0xFFFFFFFF, DCM_VR_FD, 0, "MPRViewWidth", "1", "MPR View Width" },
    { 0x0070150C, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfVolumetricCurvePoints", "1", "Number of Volumetric Curve Points" },
    { 0x0070150D, 0xFFFFFFFF, DCM_VR_OD, 0, "VolumetricCurvePoints", "1", "Volumetric Curve Points" },
    { 0x00701511, 0xFFFFFFFF, DCM_VR_FD, 0, "MPRViewHeightDirection", "3", "MPR View Height Direction" },
    { 0x00701512, 0xFFFFFFFF, DCM_VR_FD, 0, "MPRViewHeight", "1", "MPR View Height" },
    { 0x00701602, 0xFFFFFFFF, DCM_VR_CS, 0, "RenderProjection", "1", "Render Projection" },
    { 0x00701603, 0xFFFFFFFF, DCM_VR_FD, 0, "ViewpointPosition", "3", "Viewpoint Position" },
    { 0x00701604, 0xFFFFFFFF, DCM_VR_FD, 0, "ViewpointLookAtPoint", "3", "Viewpoint LookAt Point" },
    { 0x00701605, 0xFFFFFFFF, DCM_VR_FD, 0, "ViewpointUpDirection", "3", "Viewpoint Up Direction" },
    { 0x00701606, 0xFFFFFFFF, DCM_VR_FD, 0, "RenderFieldOfView", "6", "Render Field of View" },
    { 0x00701607, 0xFFFFFFFF, DCM_VR_FD, 0, "SamplingStepSize", "1", "Sampling Step Size" },
    { 0x00701701, 0xFFFFFFFF, DCM_VR_CS, 0, "ShadingStyle", "1", "Shading Style" },
    { 0x00701702, 0xFFFFFFFF, DCM_VR_FD, 0, "AmbientReflectionIntensity", "1", "Ambient Reflection Intensity" },
    { 0x00701703, 0xFFFFFFFF, DCM_VR_FD, 0, "LightDirection", "3", "Light Direction" },
    { 0x00701704, 0xFFFFFFFF, DCM_VR_FD, 0, "DiffuseReflectionIntensity", "1", "Diffuse Reflection Intensity" },
    { 0x00701705, 0xFFFFFFFF, DCM_VR_FD, 0, "SpecularReflectionIntensity", "1", "Specular Reflection Intensity" },
    { 0x00701706, 0xFFFFFFFF, DCM_VR_FD, 0, "Shininess", "1", "Shininess" },
    { 0x00701801, 0xFFFFFFFF, DCM_VR_SQ, 0, "PresentationStateClassificationComponentSequence", "1", "Presentation State Classification Component Sequence" },
    { 0x00701802, 0xFFFFFFFF, DCM_VR_CS, 0, "ComponentType", "1", "Component Type" },
    { 0x00701803, 0xFFFFFFFF, DCM_VR_SQ, 0, "ComponentInputSequence", "1", "Component Input Sequence" },
    { 0x00701804, 0xFFFFFFFF, DCM_VR_US, 0, "VolumetricPresentationInputIndex", "1", "Volumetric Presentation Input Index" },
    { 0x00701805, 0xFFFFFFFF, DCM_VR_SQ, 0, "PresentationStateCompositorComponentSequence", "1", "Presentation State Compositor Component Sequence" },
    { 0x00701806, 0xFFFFFFFF, DCM_VR_SQ, 0, "WeightingTransferFunctionSequence", "1", "Weighting Transfer Function Sequence" },
    { 0x00701807, 0xFFFFFFFF, DCM_VR_US, 0, "WeightingLookupTableDescriptor", "3", "Weighting Lookup Table Descriptor" },
    { 0x00701808, 0xFFFFFFFF, DCM_VR_OB, 0, "WeightingLookupTableData", "1", "Weighting Lookup Table Data" },
    { 0x00701901, 0xFFFFFFFF, DCM_VR_SQ, 0, "VolumetricAnnotationSequence", "1", "Volumetric Annotation Sequence" },
    { 0x00701903, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedStructuredContextSequence", "1", "Referenced Structured Context Sequence" },
    { 0x00701904, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedContentItem", "1", "Referenced Content Item" },
    { 0x00701905, 0xFFFFFFFF, DCM_VR_SQ, 0, "VolumetricPresentationInputAnnotationSequence", "1", "Volumetric Presentation Input Annotation Sequence" },
    { 0x00701907, 0xFFFFFFFF, DCM_VR_CS, 0, "AnnotationClipping", "1", "Annotation Clipping" },
    { 0x00701A01, 0xFFFFFFFF, DCM_VR_CS, 0, "PresentationAnimationStyle", "1", "Presentation Animation Style" },
    { 0x00701A03, 0xFFFFFFFF, DCM_VR_FD, 0, "RecommendedAnimationRate", "1", "Recommended Animation Rate" },
    { 0x00701A04, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnimationCurveSequence", "1", "Animation Curve Sequence" },
    { 0x00701A05, 0xFFFFFFFF, DCM_VR_FD, 0, "AnimationStepSize", "1", "Animation Step Size" },
    { 0x00701A06, 0xFFFFFFFF, DCM_VR_FD, 0, "SwivelRange", "1", "Swivel Range" },
    { 0x00701A07, 0xFFFFFFFF, DCM_VR_OD, 0, "VolumetricCurveUpDirections", "1", "Volumetric Curve Up Directions" },
    { 0x00701A08, 0xFFFFFFFF, DCM_VR_SQ, 0, "VolumeStreamSequence", "1", "Volume Stream Sequence" },
    { 0x00701A09, 0xFFFFFFFF, DCM_VR_LO, 0, "RGBATransferFunctionDescription", "1", "RGBA Transfer Function Description" },
    { 0x00701B01, 0xFFFFFFFF, DCM_VR_SQ, 0, "AdvancedBlendingSequence", "1", "Advanced Blending Sequence" },
    { 0x00701B02, 0xFFFFFFFF, DCM_VR_US, 0, "BlendingInputNumber", "1", "Blending Input Number" },
    { 0x00701B03, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlendingDisplayInputSequence", "1", "Blending Display Input Sequence" },
    { 0x00701B04, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlendingDisplaySequence", "1", "Blending Display Sequence" },
    { 0x00701B06, 0xFFFFFFFF, DCM_VR_CS, 0, "BlendingMode", "1", "Blending Mode" },
    { 0x00701B07, 0xFFFFFFFF, DCM_VR_CS, 0, "TimeSeriesBlending", "1", "Time Series Blending" },
    { 0x00701B08, 0xFFFFFFFF, DCM_VR_CS, 0, "GeometryForDisplay", "1", "Geometry for Display" },
    { 0x00701B11, 0xFFFFFFFF, DCM_VR_SQ, 0, "ThresholdSequence", "1", "Threshold Sequence" },
    { 0x00701B12, 0xFFFFFFFF, DCM_VR_SQ, 0, "ThresholdValueSequence", "1", "Threshold Value Sequence" },
    { 0x00701B13, 0xFFFFFFFF, DCM_VR_CS, 0, "ThresholdType", "1", "Threshold Type" },
    { 0x00701B14, 0xFFFFFFFF, DCM_VR_FD, 0, "ThresholdValue", "1", "Threshold Value" },
    { 0x00720002, 0xFFFFFFFF, DCM_VR_SH, 0, "HangingProtocolName", "1", "Hanging Protocol Name" },
    { 0x00720004, 0xFFFFFFFF, DCM_VR_LO, 0, "HangingProtocolDescription", "1", "Hanging Protocol Description" },
    { 0x00720006, 0xFFFFFFFF, DCM_VR_CS, 0, "HangingProtocolLevel", "1", "Hanging Protocol Level" },
    { 0x00720008, 0xFFFFFFFF, DCM_VR_LO, 0, "HangingProtocolCreator", "1", "Hanging Protocol Creator" },
    { 0x0072000A, 0xFFFFFFFF, DCM_VR_DT, 0, "HangingProtocolCreationDateTime", "1", "Hanging Protocol Creation DateTime" },
    { 0x0072000C, 0xFFFFFFFF, DCM_VR_SQ, 0, "HangingProtocolDefinitionSequence", "1", "Hanging Protocol Definition Sequence" },
    { 0x0072000E, 0xFFFFFFFF, DCM_VR_SQ, 0, "HangingProtocolUserIdentificationCodeSequence", "1", "Hanging Protocol User Identification Code Sequence" },
    { 0x00720010, 0xFFFFFFFF, DCM_VR_LO, 0, "HangingProtocolUserGroupName", "1", "Hanging Protocol User Group Name" },
    { 0x00720012, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceHangingProtocolSequence", "1", "Source Hanging Protocol Sequence" },
    { 0x00720014, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfPriorsReferenced", "1", "Number of Priors Referenced" },
    { 0x00720020, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImageSetsSequence", "1", "Image Sets Sequence" },
    { 0x00720022, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImageSetSelectorSequence", "1", "Image Set Selector Sequence" },
    { 0x00720024, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageSetSelectorUsageFlag", "1", "Image Set Selector Usage Flag" },
    { 0x00720026, 0xFFFFFFFF, DCM_VR_AT, 0, "SelectorAttribute", "1", "Selector Attribute" },
    { 0x00720028, 0xFFFFFFFF, DCM_VR_US, 0, "SelectorValueNumber", "1", "Selector Value Number" },
    { 0x00720030, 0xFFFFFFFF, DCM_VR_SQ, 0, "TimeBasedImageSetsSequence", "1", "Time Based Image Sets Sequence" },
    { 0x00720032, 0xFFFFFFFF, DCM_VR_US, 0, "ImageSetNumber", "1", "Image Set Number" },
    { 0x00720034, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageSetSelectorCategory", "1", "Image Set Selector Category" },
    { 0x00720038, 0xFFFFFFFF, DCM_VR_US, 0, "RelativeTime", "2", "Relative Time" },
    { 0x0072003A, 0xFFFFFFFF, DCM_VR_CS, 0, "RelativeTimeUnits", "1", "Relative Time Units" },
    { 0x0072003C, 0xFFFFFFFF, DCM_VR_SS, 0, "AbstractPriorValue", "2", "Abstract Prior Value" },
    { 0x0072003E, 0xFFFFFFFF, DCM_VR_SQ, 0, "AbstractPriorCodeSequence", "1", "Abstract Prior Code Sequence" },
    { 0x00720040, 0xFFFFFFFF, DCM_VR_LO, 0, "ImageSetLabel", "1", "Image Set Label" },
    { 0x00720050, 0xFFFFFFFF, DCM_VR_CS, 0, "SelectorAttributeVR", "1", "Selector Attribute VR" },
    { 0x00720052, 0xFFFFFFFF, DCM_VR_AT, 0, "SelectorSequencePointer", "1-n", "Selector Sequence Pointer" },
    { 0x00720054, 0xFFFFFFFF, DCM_VR_LO, 0, "SelectorSequencePointerPrivateCreator", "1-n", "Selector Sequence Pointer Private Creator" },
    { 0x00720056, 0xFFFFFFFF, DCM_VR_LO, 0, "SelectorAttributePrivateCreator", "1", "Selector Attribute Private Creator" },
    { 0x0072005E, 0xFFFFFFFF, DCM_VR_AE, 0, "SelectorAEValue", "1-n", "Selector AE Value" },
    { 0x0072005F, 0xFFFFFFFF, DCM_VR_AS, 0, "SelectorASValue", "1-n", "Selector AS Value" },
    { 0x00720060, 0xFFFFFFFF, DCM_VR_AT, 0, "SelectorATValue", "1-n", "Selector AT Value" },
    { 0x00720061, 0xFFFFFFFF, DCM_VR_DA, 0, "SelectorDAValue", "1-n", "Selector DA Value" },
    { 0x00720062, 0xFFFFFFFF, DCM_VR_CS, 0, "SelectorCSValue", "1-n", "Selector CS Value" },
    { 0x00720063, 0xFFFFFFFF, DCM_VR_DT, 0, "SelectorDTValue", "1-n", "Selector DT Value" },
    { 0x00720064, 0xFFFFFFFF, DCM_VR_IS, 0, "SelectorISValue", "1-n", "Selector IS Value" },
    { 0x00720065, 0xFFFFFFFF, DCM_VR_OB, 0, "SelectorOBValue", "1", "Selector OB Value" },
    { 0x00720066, 0xFFFFFFFF, DCM_VR_LO, 0, "SelectorLOValue", "1-n", "Selector LO Value" },
    { 0x00720067, 0xFFFFFFFF, DCM_VR_OF, 0, "SelectorOFValue", "1", "Selector OF Value" },
    { 0x00720068, 0xFFFFFFFF, DCM_VR_LT, 0, "SelectorLTValue", "1", "Selector LT Value" },
    { 0x00720069, 0xFFFFFFFF, DCM_VR_OW, 0, "SelectorOWValue", "1", "Selector OW Value" },
    { 0x0072006A, 0xFFFFFFFF, DCM_VR_PN, 0, "SelectorPNValue", "1-n", "Selector PN Value" },
    { 0x0072006B, 0xFFFFFFFF, DCM_VR_TM, 0, "SelectorTMValue", "1-n", "Selector TM Value" },
    { 0x0072006C, 0xFFFFFFFF, DCM_VR_SH, 0, "SelectorSHValue", "1-n", "Selector SH Value" },
    { 0x0072006D, 0xFFFFFFFF, DCM_VR_UN, 0, "SelectorUNValue", "1", "Selector UN Value" },
    { 0x0072006E, 0xFFFFFFFF, DCM_VR_ST, 0, "SelectorSTValue", "1", "Selector ST Value" },
    { 0x0072006F, 0xFFFFFFFF, DCM_VR_UC, 0, "SelectorUCValue", "1-n", "Selector UC Value" },
    { 0x00720070, 0xFFFFFFFF, DCM_VR_UT, 0, "SelectorUTValue", "1", "Selector UT Value" },
    { 0x00720071, 0xFFFFFFFF, DCM_VR_UR, 0, "SelectorURValue", "1", "Selector UR Value" },
    { 0x00720072, 0xFFFFFFFF, DCM_VR_DS, 0, "SelectorDSValue", "1-n", "Selector DS Value" },
    { 0x00720073, 0xFFFFFFFF, DCM_VR_OD, 0, "SelectorODValue", "1", "Selector OD Value" },
    { 0x00720074, 0xFFFFFFFF, DCM_VR_FD, 0, "SelectorFDValue", "1-n", "Selector FD Value" },
    { 0x00720075, 0xFFFFFFFF, DCM_VR_OL, 0, "SelectorOLValue", "1", "Selector OL Value" },
    { 0x00720076, 0xFFFFFFFF, DCM_VR_FL, 0, "SelectorFLValue", "1-n", "Selector FL Value" },
    { 0x00720078, 0xFFFFFFFF, DCM_VR_UL, 0, "SelectorULValue", "1-n", "Selector UL Value" },
    { 0x0072007A, 0xFFFFFFFF, DCM_VR_US, 0, "SelectorUSValue", "1-n", "Selector US Value" },
    { 0x0072007C, 0xFFFFFFFF, DCM_VR_SL, 0, "SelectorSLValue", "1-n", "Selector SL Value" },
    { 0x0072007E, 0xFFFFFFFF, DCM_VR_SS, 0, "SelectorSSValue", "1-n", "Selector SS Value" },
    { 0x0072007F, 0xFFFFFFFF, DCM_VR_UI, 0, "SelectorUIValue", "1-n", "Selector UI Value" },
    { 0x00720080, 0xFFFFFFFF, DCM_VR_SQ, 0, "SelectorCodeSequenceValue", "1", "Selector Code Sequence Value" },
    { 0x00720081, 0xFFFFFFFF, DCM_VR_OV, 0, "SelectorOVValue", "1", "Selector OV Value" },
    { 0x00720082, 0xFFFFFFFF, DCM_VR_SV, 0, "SelectorSVValue", "1-n", "Selector SV Value" },
    { 0x00720083, 0xFFFFFFFF, DCM_VR_UV, 0, "SelectorUVValue", "1-n", "Selector UV Value" },
    { 0x00720100, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfScreens", "1", "Number of Screens" },
    { 0x00720102, 0xFFFFFFFF, DCM_VR_SQ, 0, "NominalScreenDefinitionSequence", "1", "Nominal Screen Definition Sequence" },
    { 0x00720104, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfVerticalPixels", "1", "Number of Vertical Pixels" },
    { 0x00720106, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfHorizontalPixels", "1", "Number of Horizontal Pixels" },
    { 0x00720108, 0xFFFFFFFF, DCM_VR_FD, 0, "DisplayEnvironmentSpatialPosition", "4", "Display Environment Spatial Position" },
    { 0x0072010A, 0xFFFFFFFF, DCM_VR_US, 0, "ScreenMinimumGrayscaleBitDepth", "1", "Screen Minimum Grayscale Bit Depth" },
    { 0x0072010C, 0xFFFFFFFF, DCM_VR_US, 0, "ScreenMinimumColorBitDepth", "1", "Screen Minimum Color Bit Depth" },
    { 0x0072010E, 0xFFFFFFFF, DCM_VR_US, 0, "ApplicationMaximumRepaintTime", "1", "Application Maximum Repaint Time" },
    { 0x00720200, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplaySetsSequence", "1", "Display Sets Sequence" },
    { 0x00720202, 0xFFFFFFFF, DCM_VR_US, 0, "DisplaySetNumber", "1", "Display Set Number" },
    { 0x00720203, 0xFFFFFFFF, DCM_VR_LO, 0, "DisplaySetLabel", "1", "Display Set Label" },
    { 0x00720204, 0xFFFFFFFF, DCM_VR_US, 0, "DisplaySetPresentationGroup", "1", "Display Set Presentation Group" },
    { 0x00720206, 0xFFFFFFFF, DCM_VR_LO, 0, "DisplaySetPresentationGroupDescription", "1", "Display Set Presentation Group Description" },
    { 0x00720208, 0xFFFFFFFF, DCM_VR_CS, 0, "PartialDataDisplayHandling", "1", "Partial Data Display Handling" },
    { 0x00720210, 0xFFFFFFFF, DCM_VR_SQ, 0, "SynchronizedScrollingSequence", "1", "Synchronized Scrolling Sequence" },
    { 0x00720212, 0xFFFFFFFF, DCM_VR_US, 0, "DisplaySetScrollingGroup", "2-n", "Display Set Scrolling Group" },
    { 0x00720214, 0xFFFFFFFF, DCM_VR_SQ, 0, "NavigationIndicatorSequence", "1", "Navigation Indicator Sequence" },
    { 0x00720216, 0xFFFFFFFF, DCM_VR_US, 0, "NavigationDisplaySet", "1", "Navigation Display Set" },
    { 0x00720218, 0xFFFFFFFF, DCM_VR_US, 0, "ReferenceDisplaySets", "1-n", "Reference Display Sets" },
    { 0x00720300, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImageBoxesSequence", "1", "Image Boxes Sequence" },
    { 0x00720302, 0xFFFFFFFF, DCM_VR_US, 0, "ImageBoxNumber", "1", "Image Box Number" },
    { 0x00720304, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageBoxLayoutType", "1", "Image Box Layout Type" },
    { 0x00720306, 0xFFFFFFFF, DCM_VR_US, 0, "ImageBoxTileHorizontalDimension", "1", "Image Box Tile Horizontal Dimension" },
    { 0x00720308, 0xFFFFFFFF, DCM_VR_US, 0, "ImageBoxTileVerticalDimension", "1", "Image Box Tile Vertical Dimension" },
    { 0x00720310, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageBoxScrollDirection", "1", "Image Box Scroll Direction" },
    { 0x00720312, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageBoxSmallScrollType", "1", "Image Box Small Scroll Type" },
    { 0x00720314, 0xFFFFFFFF, DCM_VR_US, 0, "ImageBoxSmallScrollAmount", "1", "Image Box Small Scroll Amount" },
    { 0x00720316, 0xFFFFFFFF, DCM_VR_CS, 0, "ImageBoxLargeScrollType", "1", "Image Box Large Scroll Type" },
    { 0x00720318, 0xFFFFFFFF, DCM_VR_US, 0, "ImageBoxLargeScrollAmount", "1", "Image Box Large Scroll Amount" },
    { 0x00720320, 0xFFFFFFFF, DCM_VR_US, 0, "ImageBoxOverlapPriority", "1", "Image Box Overlap Priority" },
    { 0x00720330, 0xFFFFFFFF, DCM_VR_FD, 0, "CineRelativeToRealTime", "1", "Cine Relative to Real-Time" },
    { 0x00720400, 0xFFFFFFFF, DCM_VR_SQ, 0, "FilterOperationsSequence", "1", "Filter Operations Sequence" },
    { 0x00720402, 0xFFFFFFFF, DCM_VR_CS, 0, "FilterByCategory", "1", "Filter-by Category" },
    { 0x00720404, 0xFFFFFFFF, DCM_VR_CS, 0, "FilterByAttributePresence", "1", "Filter-by Attribute Presence" },
    { 0x00720406, 0xFFFFFFFF, DCM_VR_CS, 0, "FilterByOperator", "1", "Filter-by Operator" },
    { 0x00720420, 0xFFFFFFFF, DCM_VR_US, 0, "StructuredDisplayBackgroundCIELabValue", "3", "Structured Display Background CIELab Value" },
    { 0x00720421, 0xFFFFFFFF, DCM_VR_US, 0, "EmptyImageBoxCIELabValue", "3", "Empty Image Box CIELab Value" },
    { 0x00720422, 0xFFFFFFFF, DCM_VR_SQ, 0, "StructuredDisplayImageBoxSequence", "1", "Structured Display Image Box Sequence" },
    { 0x00720424, 0xFFFFFFFF, DCM_VR_SQ, 0, "StructuredDisplayTextBoxSequence", "1", "Structured Display Text Box Sequence" },
    { 0x00720427, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedFirstFrameSequence", "1", "Referenced First Frame Sequence" },
    { 0x00720430, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImageBoxSynchronizationSequence", "1", "Image Box Synchronization Sequence" },
    { 0x00720432, 0xFFFFFFFF, DCM_VR_US, 0, "SynchronizedImageBoxList", "2-n", "Synchronized Image Box List" },
    { 0x00720434, 0xFFFFFFFF, DCM_VR_CS, 0, "TypeOfSynchronization", "1", "Type of Synchronization" },
    { 0x00720500, 0xFFFFFFFF, DCM_VR_CS, 0, "BlendingOperationType", "1", "Blending Operation Type" },
    { 0x00720510, 0xFFFFFFFF, DCM_VR_CS, 0, "ReformattingOperationType", "1", "Reformatting Operation Type" },
    { 0x00720512, 0xFFFFFFFF, DCM_VR_FD, 0, "ReformattingThickness", "1", "Reformatting Thickness" },
    { 0x00720514, 0xFFFFFFFF, DCM_VR_FD, 0, "ReformattingInterval", "1", "Reformatting Interval" },
    { 0x00720516, 0xFFFFFFFF, DCM_VR_CS, 0, "ReformattingOperationInitialViewDirection", "1", "Reformatting Operation Initial View Direction" },
    { 0x00720520, 0xFFFFFFFF, DCM_VR_CS, 0, "ThreeDRenderingType", "1-n", "3D Rendering Type" },
    { 0x00720600, 0xFFFFFFFF, DCM_VR_SQ, 0, "SortingOperationsSequence", "1", "Sorting Operations Sequence" },
    { 0x00720602, 0xFFFFFFFF, DCM_VR_CS, 0, "SortByCategory", "1", "Sort-by Category" },
    { 0x00720604, 0xFFFFFFFF, DCM_VR_CS, 0, "SortingDirection", "1", "Sorting Direction" },
    { 0x00720700, 0xFFFFFFFF, DCM_VR_CS, 0, "DisplaySetPatientOrientation", "2", "Display Set Patient Orientation" },
    { 0x00720702, 0xFFFFFFFF, DCM_VR_CS, 0, "VOIType", "1", "VOI Type" },
    { 0x00720704, 0xFFFFFFFF, DCM_VR_CS, 0, "PseudoColorType", "1", "Pseudo-Color Type" },
    { 0x00720705, 0xFFFFFFFF, DCM_VR_SQ, 0, "PseudoColorPaletteInstanceReferenceSequence", "1", "Pseudo-Color Palette Instance Reference Sequence" },
    { 0x00720706, 0xFFFFFFFF, DCM_VR_CS, 0, "ShowGrayscaleInverted", "1", "Show Grayscale Inverted" },
    { 0x00720710, 0xFFFFFFFF, DCM_VR_CS, 0, "ShowImageTrueSizeFlag", "1", "Show Image True Size Flag" },
    { 0x00720712, 0xFFFFFFFF, DCM_VR_CS, 0, "ShowGraphicAnnotationFlag", "1", "Show Graphic Annotation Flag" },
    { 0x00720714, 0xFFFFFFFF, DCM_VR_CS, 0, "ShowPatientDemographicsFlag", "1", "Show Patient Demographics Flag" },
    { 0x00720716, 0xFFFFFFFF, DCM_VR_CS, 0, "ShowAcquisitionTechniquesFlag", "1", "Show Acquisition Techniques Flag" },
    { 0x00720717, 0xFFFFFFFF, DCM_VR_CS, 0, "DisplaySetHorizontalJustification", "1", "Display Set Horizontal Justification" },
    { 0x00720718, 0xFFFFFFFF, DCM_VR_CS, 0, "DisplaySetVerticalJustification", "1", "Display Set Vertical Justification" },
    { 0x00740120, 0xFFFFFFFF, DCM_VR_FD, 0, "ContinuationStartMeterset", "1", "Continuation Start Meterset" },
    { 0x00740121, 0xFFFFFFFF, DCM_VR_FD, 0, "ContinuationEndMeterset", "1", "Continuation End Meterset" },
    { 0x00741000, 0xFFFFFFFF, DCM_VR_CS, 0, "ProcedureStepState", "1", "Procedure Step State" },
    { 0x00741002, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProcedureStepProgressInformationSequence", "1", "Procedure Step Progress Information Sequence" },
    { 0x00741004, 0xFFFFFFFF, DCM_VR_DS, 0, "ProcedureStepProgress", "1", "Procedure Step Progress" },
    { 0x00741006, 0xFFFFFFFF, DCM_VR_ST, 0, "ProcedureStepProgressDescription", "1", "Procedure Step Progress Description" },
    { 0x00741007, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProcedureStepProgressParametersSequence", "1", "Procedure Step Progress Parameters Sequence" },
    { 0x00741008, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProcedureStepCommunicationsURISequence", "1", "Procedure Step Communications URI Sequence" },
    { 0x0074100A, 0xFFFFFFFF, DCM_VR_UR, 0, "ContactURI", "1", "Contact URI" },
    { 0x0074100C, 0xFFFFFFFF, DCM_VR_LO, 0, "ContactDisplayName", "1", "Contact Display Name" },
    { 0x0074100E, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProcedureStepDiscontinuationReasonCodeSequence", "1", "Procedure Step Discontinuation Reason Code Sequence" },
    { 0x00741020, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamTaskSequence", "1", "Beam Task Sequence" },
    { 0x00741022, 0xFFFFFFFF, DCM_VR_CS, 0, "BeamTaskType", "1", "Beam Task Type" },
    { 0x00741024, 0xFFFFFFFF, DCM_VR_IS, 1, "BeamOrderIndexTrial", "1", "Beam Order Index (Trial)" },
    { 0x00741025, 0xFFFFFFFF, DCM_VR_CS, 0, "AutosequenceFlag", "1", "Autosequence Flag" },
    { 0x00741026, 0xFFFFFFFF, DCM_VR_FD, 0, "TableTopVerticalAdjustedPosition", "1", "Table Top Vertical Adjusted Position" },
    { 0x00741027, 0xFFFFFFFF, DCM_VR_FD, 0, "TableTopLongitudinalAdjustedPosition", "1", "Table Top Longitudinal Adjusted Position" },
    { 0x00741028, 0xFFFFFFFF, DCM_VR_FD, 0, "TableTopLateralAdjustedPosition", "1", "Table Top Lateral Adjusted Position" },
    { 0x0074102A, 0xFFFFFFFF, DCM_VR_FD, 0, "PatientSupportAdjustedAngle", "1", "Patient Support Adjusted Angle" },
    { 0x0074102B, 0xFFFFFFFF, DCM_VR_FD, 0, "TableTopEccentricAdjustedAngle", "1", "Table Top Eccentric Adjusted Angle" },
    { 0x0074102C, 0xFFFFFFFF, DCM_VR_FD, 0, "TableTopPitchAdjustedAngle", "1", "Table Top Pitch Adjusted Angle" },
    { 0x0074102D, 0xFFFFFFFF, DCM_VR_FD, 0, "TableTopRollAdjustedAngle", "1", "Table Top Roll Adjusted Angle" },
    { 0x00741030, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeliveryVerificationImageSequence", "1", "Delivery Verification Image Sequence" },
    { 0x00741032, 0xFFFFFFFF, DCM_VR_CS, 0, "VerificationImageTiming", "1", "Verification Image Timing" },
    { 0x00741034, 0xFFFFFFFF, DCM_VR_CS, 0, "DoubleExposureFlag", "1", "Double Exposure Flag" },
    { 0x00741036, 0xFFFFFFFF, DCM_VR_CS, 0, "DoubleExposureOrdering", "1", "Double Exposure Ordering" },
    { 0x00741038, 0xFFFFFFFF, DCM_VR_DS, 1, "DoubleExposureMetersetTrial", "1", "Double Exposure Meterset (Trial)" },
    { 0x0074103A, 0xFFFFFFFF, DCM_VR_DS, 1, "DoubleExposureFieldDeltaTrial", "4", "Double Exposure Field Delta (Trial)" },
    { 0x00741040, 0xFFFFFFFF, DCM_VR_SQ, 0, "RelatedReferenceRTImageSequence", "1", "Related Reference RT Image Sequence" },
    { 0x00741042, 0xFFFFFFFF, DCM_VR_SQ, 0, "GeneralMachineVerificationSequence", "1", "General Machine Verification Sequence" },
    { 0x00741044, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConventionalMachineVerificationSequence", "1", "Conventional Machine Verification Sequence" },
    { 0x00741046, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonMachineVerificationSequence", "1", "Ion Machine Verification Sequence" },
    { 0x00741048, 0xFFFFFFFF, DCM_VR_SQ, 0, "FailedAttributesSequence", "1", "Failed Attributes Sequence" },
    { 0x0074104A, 0xFFFFFFFF, DCM_VR_SQ, 0, "OverriddenAttributesSequence", "1", "Overridden Attributes Sequence" },
    { 0x0074104C, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConventionalControlPointVerificationSequence", "1", "Conventional Control Point Verification Sequence" },
    { 0x0074104E, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonControlPointVerificationSequence", "1", "Ion Control Point Verification Sequence" },
    { 0x00741050, 0xFFFFFFFF, DCM_VR_SQ, 0, "AttributeOccurrenceSequence", "1", "Attribute Occurrence Sequence" },
    { 0x00741052, 0xFFFFFFFF, DCM_VR_AT, 0, "AttributeOccurrencePointer", "1", "Attribute Occurrence Pointer" },
    { 0x00741054, 0xFFFFFFFF, DCM_VR_UL, 0, "AttributeItemSelector", "1", "Attribute Item Selector" },
    { 0x00741056, 0xFFFFFFFF, DCM_VR_LO, 0, "AttributeOccurrencePrivateCreator", "1", "Attribute Occurrence Private Creator" },
    { 0x00741057, 0xFFFFFFFF, DCM_VR_IS, 0, "SelectorSequencePointerItems", "1-n", "Selector Sequence Pointer Items" },
    { 0x00741200, 0xFFFFFFFF, DCM_VR_CS, 0, "ScheduledProcedureStepPriority", "1", "Scheduled Procedure Step Priority" },
    { 0x00741202, 0xFFFFFFFF, DCM_VR_LO, 0, "WorklistLabel", "1", "Worklist Label" },
    { 0x00741204, 0xFFFFFFFF, DCM_VR_LO, 0, "ProcedureStepLabel", "1", "Procedure Step Label" },
    { 0x00741210, 0xFFFFFFFF, DCM_VR_SQ, 0, "ScheduledProcessingParametersSequence", "1", "Scheduled Processing Parameters Sequence" },
    { 0x00741212, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerformedProcessingParametersSequence", "1", "Performed Processing Parameters Sequence" },
    { 0x00741216, 0xFFFFFFFF, DCM_VR_SQ, 0, "UnifiedProcedureStepPerformedProcedureSequence", "1", "Unified Procedure Step Performed Procedure Sequence" },
    { 0x00741220, 0xFFFFFFFF, DCM_VR_SQ, 1, "RelatedProcedureStepSequence", "1", "Related Procedure Step Sequence" },
    { 0x00741222, 0xFFFFFFFF, DCM_VR_LO, 1, "ProcedureStepRelationshipType", "1", "Procedure Step Relationship Type" },
    { 0x00741224, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReplacedProcedureStepSequence", "1", "Replaced Procedure Step Sequence" },
    { 0x00741230, 0xFFFFFFFF, DCM_VR_LO, 0, "DeletionLock", "1", "Deletion Lock" },
    { 0x00741234, 0xFFFFFFFF, DCM_VR_AE, 0, "ReceivingAE", "1", "Receiving AE" },
    { 0x00741236, 0xFFFFFFFF, DCM_VR_AE, 0, "RequestingAE", "1", "Requesting AE" },
    { 0x00741238, 0xFFFFFFFF, DCM_VR_LT, 0, "ReasonForCancellation", "1", "Reason for Cancellation" },
    { 0x00741242, 0xFFFFFFFF, DCM_VR_CS, 0, "SCPStatus", "1", "SCP Status" },
    { 0x00741244, 0xFFFFFFFF, DCM_VR_CS, 0, "SubscriptionListStatus", "1", "Subscription List Status" },
    { 0x00741246, 0xFFFFFFFF, DCM_VR_CS, 0, "UnifiedProcedureStepListStatus", "1", "Unified Procedure Step List Status" },
    { 0x00741324, 0xFFFFFFFF, DCM_VR_UL, 0, "BeamOrderIndex", "1", "Beam Order Index" },
    { 0x00741338, 0xFFFFFFFF, DCM_VR_FD, 0, "DoubleExposureMeterset", "1", "Double Exposure Meterset" },
    { 0x0074133A, 0xFFFFFFFF, DCM_VR_FD, 0, "DoubleExposureFieldDelta", "4", "Double Exposure Field Delta" },
    { 0x00741401, 0xFFFFFFFF, DCM_VR_SQ, 0, "BrachyTaskSequence", "1", "Brachy Task Sequence" },
    { 0x00741402, 0xFFFFFFFF, DCM_VR_DS, 0, "ContinuationStartTotalReferenceAirKerma", "1", "Continuation Start Total Reference Air Kerma" },
    { 0x00741403, 0xFFFFFFFF, DCM_VR_DS, 0, "ContinuationEndTotalReferenceAirKerma", "1", "Continuation End Total Reference Air Kerma" },
    { 0x00741404, 0xFFFFFFFF, DCM_VR_IS, 0, "ContinuationPulseNumber", "1", "Continuation Pulse Number" },
    { 0x00741405, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelDeliveryOrderSequence", "1", "Channel Delivery Order Sequence" },
    { 0x00741406, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedChannelNumber", "1", "Referenced Channel Number" },
    { 0x00741407, 0xFFFFFFFF, DCM_VR_DS, 0, "StartCumulativeTimeWeight", "1", "Start Cumulative Time Weight" },
    { 0x00741408, 0xFFFFFFFF, DCM_VR_DS, 0, "EndCumulativeTimeWeight", "1", "End Cumulative Time Weight" },
    { 0x00741409, 0xFFFFFFFF, DCM_VR_SQ, 0, "OmittedChannelSequence", "1", "Omitted Channel Sequence" },
    { 0x0074140A, 0xFFFFFFFF, DCM_VR_CS, 0, "ReasonForChannelOmission", "1", "Reason for Channel Omission" },
    { 0x0074140B, 0xFFFFFFFF, DCM_VR_LO, 0, "ReasonForChannelOmissionDescription", "1", "Reason for Channel Omission Description" },
    { 0x0074140C, 0xFFFFFFFF, DCM_VR_IS, 0, "ChannelDeliveryOrderIndex", "1", "Channel Delivery Order Index" },
    { 0x0074140D, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelDeliveryContinuationSequence", "1", "Channel Delivery Continuation Sequence" },
    { 0x0074140E, 0xFFFFFFFF, DCM_VR_SQ, 0, "OmittedApplicationSetupSequence", "1", "Omitted Application Setup Sequence" },
    { 0x00760001, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantAssemblyTemplateName", "1", "Implant Assembly Template Name" },
    { 0x00760003, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantAssemblyTemplateIssuer", "1", "Implant Assembly Template Issuer" },
    { 0x00760006, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantAssemblyTemplateVersion", "1", "Implant Assembly Template Version" },
    { 0x00760008, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReplacedImplantAssemblyTemplateSequence", "1", "Replaced Implant Assembly Template Sequence" },
    { 0x0076000A, 0xFFFFFFFF, DCM_VR_CS, 0, "ImplantAssemblyTemplateType", "1", "Implant Assembly Template Type" },
    { 0x0076000C, 0xFFFFFFFF, DCM_VR_SQ, 0, "OriginalImplantAssemblyTemplateSequence", "1", "Original Implant Assembly Template Sequence" },
    { 0x0076000E, 0xFFFFFFFF, DCM_VR_SQ, 0, "DerivationImplantAssemblyTemplateSequence", "1", "Derivation Implant Assembly Template Sequence" },
    { 0x00760010, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantAssemblyTemplateTargetAnatomySequence", "1", "Implant Assembly Template Target Anatomy Sequence" },
    { 0x00760020, 0xFFFFFFFF, DCM_VR_SQ, 0, "ProcedureTypeCodeSequence", "1", "Procedure Type Code Sequence" },
    { 0x00760030, 0xFFFFFFFF, DCM_VR_LO, 0, "SurgicalTechnique", "1", "Surgical Technique" },
    { 0x00760032, 0xFFFFFFFF, DCM_VR_SQ, 0, "ComponentTypesSequence", "1", "Component Types Sequence" },
    { 0x00760034, 0xFFFFFFFF, DCM_VR_SQ, 0, "ComponentTypeCodeSequence", "1", "Component Type Code Sequence" },
    { 0x00760036, 0xFFFFFFFF, DCM_VR_CS, 0, "ExclusiveComponentType", "1", "Exclusive Component Type" },
    { 0x00760038, 0xFFFFFFFF, DCM_VR_CS, 0, "MandatoryComponentType", "1", "Mandatory Component Type" },
    { 0x00760040, 0xFFFFFFFF, DCM_VR_SQ, 0, "ComponentSequence", "1", "Component Sequence" },
    { 0x00760055, 0xFFFFFFFF, DCM_VR_US, 0, "ComponentID", "1", "Component ID" },
    { 0x00760060, 0xFFFFFFFF, DCM_VR_SQ, 0, "ComponentAssemblySequence", "1", "Component Assembly Sequence" },
    { 0x00760070, 0xFFFFFFFF, DCM_VR_US, 0, "Component1ReferencedID", "1", "Component 1 Referenced ID" },
    { 0x00760080, 0xFFFFFFFF, DCM_VR_US, 0, "Component1ReferencedMatingFeatureSetID", "1", "Component 1 Referenced Mating Feature Set ID" },
    { 0x00760090, 0xFFFFFFFF, DCM_VR_US, 0, "Component1ReferencedMatingFeatureID", "1", "Component 1 Referenced Mating Feature ID" },
    { 0x007600A0, 0xFFFFFFFF, DCM_VR_US, 0, "Component2ReferencedID", "1", "Component 2 Referenced ID" },
    { 0x007600B0, 0xFFFFFFFF, DCM_VR_US, 0, "Component2ReferencedMatingFeatureSetID", "1", "Component 2 Referenced Mating Feature Set ID" },
    { 0x007600C0, 0xFFFFFFFF, DCM_VR_US, 0, "Component2ReferencedMatingFeatureID", "1", "Component 2 Referenced Mating Feature ID" },
    { 0x00780001, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantTemplateGroupName", "1", "Implant Template Group Name" },
    { 0x00780010, 0xFFFFFFFF, DCM_VR_ST, 0, "ImplantTemplateGroupDescription", "1", "Implant Template Group Description" },
    { 0x00780020, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantTemplateGroupIssuer", "1", "Implant Template Group Issuer" },
    { 0x00780024, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantTemplateGroupVersion", "1", "Implant Template Group Version" },
    { 0x00780026, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReplacedImplantTemplateGroupSequence", "1", "Replaced Implant Template Group Sequence" },
    { 0x00780028, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantTemplateGroupTargetAnatomySequence", "1", "Implant Template Group Target Anatomy Sequence" },
    { 0x0078002A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantTemplateGroupMembersSequence", "1", "Implant Template Group Members Sequence" },
    { 0x0078002E, 0xFFFFFFFF, DCM_VR_US, 0, "ImplantTemplateGroupMemberID", "1", "Implant Template Group Member ID" },
    { 0x00780050, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDImplantTemplateGroupMemberMatchingPoint", "3", "3D Implant Template Group Member Matching Point" },
    { 0x00780060, 0xFFFFFFFF, DCM_VR_FD, 0, "ThreeDImplantTemplateGroupMemberMatchingAxes", "9", "3D Implant Template Group Member Matching Axes" },
    { 0x00780070, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantTemplateGroupMemberMatching2DCoordinatesSequence", "1", "Implant Template Group Member Matching 2D Coordinates Sequence" },
    { 0x00780090, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDImplantTemplateGroupMemberMatchingPoint", "2", "2D Implant Template Group Member Matching Point" },
    { 0x007800A0, 0xFFFFFFFF, DCM_VR_FD, 0, "TwoDImplantTemplateGroupMemberMatchingAxes", "4", "2D Implant Template Group Member Matching Axes" },
    { 0x007800B0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantTemplateGroupVariationDimensionSequence", "1", "Implant Template Group Variation Dimension Sequence" },
    { 0x007800B2, 0xFFFFFFFF, DCM_VR_LO, 0, "ImplantTemplateGroupVariationDimensionName", "1", "Implant Template Group Variation Dimension Name" },
    { 0x007800B4, 0xFFFFFFFF, DCM_VR_SQ, 0, "ImplantTemplateGroupVariationDimensionRankSequence", "1", "Implant Template Group Variation Dimension Rank Sequence" },
    { 0x007800B6, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedImplantTemplateGroupMemberID", "1", "Referenced Implant Template Group Member ID" },
    { 0x007800B8, 0xFFFFFFFF, DCM_VR_US, 0, "ImplantTemplateGroupVariationDimensionRank", "1", "Implant Template Group Variation Dimension Rank" },
    { 0x00800001, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfaceScanAcquisitionTypeCodeSequence", "1", "Surface Scan Acquisition Type Code Sequence" },
    { 0x00800002, 0xFFFFFFFF, DCM_VR_SQ, 0, "SurfaceScanModeCodeSequence", "1", "Surface Scan Mode Code Sequence" },
    { 0x00800003, 0xFFFFFFFF, DCM_VR_SQ, 0, "RegistrationMethodCodeSequence", "1", "Registration Method Code Sequence" },
    { 0x00800004, 0xFFFFFFFF, DCM_VR_FD, 0, "ShotDurationTime", "1", "Shot Duration Time" },
    { 0x00800005, 0xFFFFFFFF, DCM_VR_FD, 0, "ShotOffsetTime", "1", "Shot Offset Time" },
    { 0x00800006, 0xFFFFFFFF, DCM_VR_US, 0, "SurfacePointPresentationValueData", "1-n", "Surface Point Presentation Value Data" },
    { 0x00800007, 0xFFFFFFFF, DCM_VR_US, 0, "SurfacePointColorCIELabValueData", "3-3n", "Surface Point Color CIELab Value Data" },
    { 0x00800008, 0xFFFFFFFF, DCM_VR_SQ, 0, "UVMappingSequence", "1", "UV Mapping Sequence" },
    { 0x00800009, 0xFFFFFFFF, DCM_VR_SH, 0, "TextureLabel", "1", "Texture Label" },
    { 0x00800010, 0xFFFFFFFF, DCM_VR_OF, 0, "UValueData", "1", "U Value Data" },
    { 0x00800011, 0xFFFFFFFF, DCM_VR_OF, 0, "VValueData", "1", "V Value Data" },
    { 0x00800012, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedTextureSequence", "1", "Referenced Texture Sequence" },
    { 0x00800013, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSurfaceDataSequence", "1", "Referenced Surface Data Sequence" },
    { 0x00820001, 0xFFFFFFFF, DCM_VR_CS, 0, "AssessmentSummary", "1", "Assessment Summary" },
    { 0x00820003, 0xFFFFFFFF, DCM_VR_UT, 0, "AssessmentSummaryDescription", "1", "Assessment Summary Description" },
    { 0x00820004, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssessedSOPInstanceSequence", "1", "Assessed SOP Instance Sequence" },
    { 0x00820005, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedComparisonSOPInstanceSequence", "1", "Referenced Comparison SOP Instance Sequence" },
    { 0x00820006, 0xFFFFFFFF, DCM_VR_UL, 0, "NumberOfAssessmentObservations", "1", "Number of Assessment Observations" },
    { 0x00820007, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssessmentObservationsSequence", "1", "Assessment Observations Sequence" },
    { 0x00820008, 0xFFFFFFFF, DCM_VR_CS, 0, "ObservationSignificance", "1", "Observation Significance" },
    { 0x0082000A, 0xFFFFFFFF, DCM_VR_UT, 0, "ObservationDescription", "1", "Observation Description" },
    { 0x0082000C, 0xFFFFFFFF, DCM_VR_SQ, 0, "StructuredConstraintObservationSequence", "1", "Structured Constraint Observation Sequence" },
    { 0x00820010, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssessedAttributeValueSequence", "1", "Assessed Attribute Value Sequence" },
    { 0x00820016, 0xFFFFFFFF, DCM_VR_LO, 0, "AssessmentSetID", "1", "Assessment Set ID" },
    { 0x00820017, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssessmentRequesterSequence", "1", "Assessment Requester Sequence" },
    { 0x00820018, 0xFFFFFFFF, DCM_VR_LO, 0, "SelectorAttributeName", "1", "Selector Attribute Name" },
    { 0x00820019, 0xFFFFFFFF, DCM_VR_LO, 0, "SelectorAttributeKeyword", "1", "Selector Attribute Keyword" },
    { 0x00820021, 0xFFFFFFFF, DCM_VR_SQ, 0, "AssessmentTypeCodeSequence", "1", "Assessment Type Code Sequence" },
    { 0x00820022, 0xFFFFFFFF, DCM_VR_SQ, 0, "ObservationBasisCodeSequence", "1", "Observation Basis Code Sequence" },
    { 0x00820023, 0xFFFFFFFF, DCM_VR_LO, 0, "AssessmentLabel", "1", "Assessment Label" },
    { 0x00820032, 0xFFFFFFFF, DCM_VR_CS, 0, "ConstraintType", "1", "Constraint Type" },
    { 0x00820033, 0xFFFFFFFF, DCM_VR_UT, 0, "SpecificationSelectionGuidance", "1", "Specification Selection Guidance" },
    { 0x00820034, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConstraintValueSequence", "1", "Constraint Value Sequence" },
    { 0x00820035, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecommendedDefaultValueSequence", "1", "Recommended Default Value Sequence" },
    { 0x00820036, 0xFFFFFFFF, DCM_VR_CS, 0, "ConstraintViolationSignificance", "1", "Constraint Violation Significance" },
    { 0x00820037, 0xFFFFFFFF, DCM_VR_UT, 0, "ConstraintViolationCondition", "1", "Constraint Violation Condition" },
    { 0x00820038, 0xFFFFFFFF, DCM_VR_CS, 0, "ModifiableConstraintFlag", "1", "Modifiable Constraint Flag" },
    { 0x00880130, 0xFFFFFFFF, DCM_VR_SH, 0, "StorageMediaFileSetID", "1", "Storage Media File-set ID" },
    { 0x00880140, 0xFFFFFFFF, DCM_VR_UI, 0, "StorageMediaFileSetUID", "1", "Storage Media File-set UID" },
    { 0x00880200, 0xFFFFFFFF, DCM_VR_SQ, 0, "IconImageSequence", "1", "Icon Image Sequence" },
    { 0x00880904, 0xFFFFFFFF, DCM_VR_LO, 1, "TopicTitle", "1", "Topic Title" },
    { 0x00880906, 0xFFFFFFFF, DCM_VR_ST, 1, "TopicSubject", "1", "Topic Subject" },
    { 0x00880910, 0xFFFFFFFF, DCM_VR_LO, 1, "TopicAuthor", "1", "Topic Author" },
    { 0x00880912, 0xFFFFFFFF, DCM_VR_LO, 1, "TopicKeywords", "1-32", "Topic Keywords" },
    { 0x01000410, 0xFFFFFFFF, DCM_VR_CS, 0, "SOPInstanceStatus", "1", "SOP Instance Status" },
    { 0x01000420, 0xFFFFFFFF, DCM_VR_DT, 0, "SOPAuthorizationDateTime", "1", "SOP Authorization DateTime" },
    { 0x01000424, 0xFFFFFFFF, DCM_VR_LT, 0, "SOPAuthorizationComment", "1", "SOP Authorization Comment" },
    { 0x01000426, 0xFFFFFFFF, DCM_VR_LO, 0, "AuthorizationEquipmentCertificationNumber", "1", "Authorization Equipment Certification Number" },
    { 0x04000005, 0xFFFFFFFF, DCM_VR_US, 0, "MACIDNumber", "1", "MAC ID Number" },
    { 0x04000010, 0xFFFFFFFF, DCM_VR_UI, 0, "MACCalculationTransferSyntaxUID", "1", "MAC Calculation Transfer Syntax UID" },
    { 0x04000015, 0xFFFFFFFF, DCM_VR_CS, 0, "MACAlgorithm", "1", "MAC Algorithm" },
    { 0x04000020, 0xFFFFFFFF, DCM_VR_AT, 0, "DataElementsSigned", "1-n", "Data Elements Signed" },
    { 0x04000100, 0xFFFFFFFF, DCM_VR_UI, 0, "DigitalSignatureUID", "1", "Digital Signature UID" },
    { 0x04000105, 0xFFFFFFFF, DCM_VR_DT, 0, "DigitalSignatureDateTime", "1", "Digital Signature DateTime" },
    { 0x04000110, 0xFFFFFFFF, DCM_VR_CS, 0, "CertificateType", "1", "Certificate Type" },
    { 0x04000115, 0xFFFFFFFF, DCM_VR_OB, 0, "CertificateOfSigner", "1", "Certificate of Signer" },
    { 0x04000120, 0xFFFFFFFF, DCM_VR_OB, 0, "Signature", "1", "Signature" },
    { 0x04000305, 0xFFFFFFFF, DCM_VR_CS, 0, "CertifiedTimestampType", "1", "Certified Timestamp Type" },
    { 0x04000310, 0xFFFFFFFF, DCM_VR_OB, 0, "CertifiedTimestamp", "1", "Certified Timestamp" },
    { 0x04000315, 0xFFFFFFFF, DCM_VR_FL, 1, "", "1", "" },
    { 0x04000401, 0xFFFFFFFF, DCM_VR_SQ, 0, "DigitalSignaturePurposeCodeSequence", "1", "Digital Signature Purpose Code Sequence" },
    { 0x04000402, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedDigitalSignatureSequence", "1", "Referenced Digital Signature Sequence" },
    { 0x04000403, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSOPInstanceMACSequence", "1", "Referenced SOP Instance MAC Sequence" },
    { 0x04000404, 0xFFFFFFFF, DCM_VR_OB, 0, "MAC", "1", "MAC" },
    { 0x04000500, 0xFFFFFFFF, DCM_VR_SQ, 0, "EncryptedAttributesSequence", "1", "Encrypted Attributes Sequence" },
    { 0x04000510, 0xFFFFFFFF, DCM_VR_UI, 0, "EncryptedContentTransferSyntaxUID", "1", "Encrypted Content Transfer Syntax UID" },
    { 0x04000520, 0xFFFFFFFF, DCM_VR_OB, 0, "EncryptedContent", "1", "Encrypted Content" },
    { 0x04000550, 0xFFFFFFFF, DCM_VR_SQ, 0, "ModifiedAttributesSequence", "1", "Modified Attributes Sequence" },
    { 0x04000551, 0xFFFFFFFF, DCM_VR_SQ, 0, "NonconformingModifiedAttributesSequence", "1", "Nonconforming Modified Attributes Sequence" },
    { 0x04000552, 0xFFFFFFFF, DCM_VR_OB, 0, "NonconformingDataElementValue", "1", "Nonconforming Data Element Value" },
    { 0x04000561, 0xFFFFFFFF, DCM_VR_SQ, 0, "OriginalAttributesSequence", "1", "Original Attributes Sequence" },
    { 0x04000562, 0xFFFFFFFF, DCM_VR_DT, 0, "AttributeModificationDateTime", "1", "Attribute Modification DateTime" },
    { 0x04000563, 0xFFFFFFFF, DCM_VR_LO, 0, "ModifyingSystem", "1", "Modifying System" },
    { 0x04000564, 0xFFFFFFFF, DCM_VR_LO, 0, "SourceOfPreviousValues", "1", "Source of Previous Values" },
    { 0x04000565, 0xFFFFFFFF, DCM_VR_CS, 0, "ReasonForTheAttributeModification", "1", "Reason for the Attribute Modification" },
    { 0x04000600, 0xFFFFFFFF, DCM_VR_CS, 0, "InstanceOriginStatus", "1", "Instance Origin Status" },
    { 0x20000010, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfCopies", "1", "Number of Copies" },
    { 0x2000001E, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrinterConfigurationSequence", "1", "Printer Configuration Sequence" },
    { 0x20000020, 0xFFFFFFFF, DCM_VR_CS, 0, "PrintPriority", "1", "Print Priority" },
    { 0x20000030, 0xFFFFFFFF, DCM_VR_CS, 0, "MediumType", "1", "Medium Type" },
    { 0x20000040, 0xFFFFFFFF, DCM_VR_CS, 0, "FilmDestination", "1", "Film Destination" },
    { 0x20000050, 0xFFFFFFFF, DCM_VR_LO, 0, "FilmSessionLabel", "1", "Film Session Label" },
    { 0x20000060, 0xFFFFFFFF, DCM_VR_IS, 0, "MemoryAllocation", "1", "Memory Allocation" },
    { 0x20000061, 0xFFFFFFFF, DCM_VR_IS, 0, "MaximumMemoryAllocation", "1", "Maximum Memory Allocation" },
    { 0x20000062, 0xFFFFFFFF, DCM_VR_CS, 1, "ColorImagePrintingFlag", "1", "Color Image Printing Flag" },
    { 0x20000063, 0xFFFFFFFF, DCM_VR_CS, 1, "CollationFlag", "1", "Collation Flag" },
    { 0x20000065, 0xFFFFFFFF, DCM_VR_CS, 1, "AnnotationFlag", "1", "Annotation Flag" },
    { 0x20000067, 0xFFFFFFFF, DCM_VR_CS, 1, "ImageOverlayFlag", "1", "Image Overlay Flag" },
    { 0x20000069, 0xFFFFFFFF, DCM_VR_CS, 1, "PresentationLUTFlag", "1", "Presentation LUT Flag" },
    { 0x2000006A, 0xFFFFFFFF, DCM_VR_CS, 1, "ImageBoxPresentationLUTFlag", "1", "Image Box Presentation LUT Flag" },
    { 0x200000A0, 0xFFFFFFFF, DCM_VR_US, 0, "MemoryBitDepth", "1", "Memory Bit Depth" },
    { 0x200000A1, 0xFFFFFFFF, DCM_VR_US, 0, "PrintingBitDepth", "1", "Printing Bit Depth" },
    { 0x200000A2, 0xFFFFFFFF, DCM_VR_SQ, 0, "MediaInstalledSequence", "1", "Media Installed Sequence" },
    { 0x200000A4, 0xFFFFFFFF, DCM_VR_SQ, 0, "OtherMediaAvailableSequence", "1", "Other Media Available Sequence" },
    { 0x200000A8, 0xFFFFFFFF, DCM_VR_SQ, 0, "SupportedImageDisplayFormatsSequence", "1", "Supported Image Display Formats Sequence" },
    { 0x20000500, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedFilmBoxSequence", "1", "Referenced Film Box Sequence" },
    { 0x20000510, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedStoredPrintSequence", "1", "Referenced Stored Print Sequence" },
    { 0x20100010, 0xFFFFFFFF, DCM_VR_ST, 0, "ImageDisplayFormat", "1", "Image Display Format" },
    { 0x20100030, 0xFFFFFFFF, DCM_VR_CS, 0, "AnnotationDisplayFormatID", "1", "Annotation Display Format ID" },
    { 0x20100040, 0xFFFFFFFF, DCM_VR_CS, 0, "FilmOrientation", "1", "Film Orientation" },
    { 0x20100050, 0xFFFFFFFF, DCM_VR_CS, 0, "FilmSizeID", "1", "Film Size ID" },
    { 0x20100052, 0xFFFFFFFF, DCM_VR_CS, 0, "PrinterResolutionID", "1", "Printer Resolution ID" },
    { 0x20100054, 0xFFFFFFFF, DCM_VR_CS, 0, "DefaultPrinterResolutionID", "1", "Default Printer Resolution ID" },
    { 0x20100060, 0xFFFFFFFF, DCM_VR_CS, 0, "MagnificationType", "1", "Magnification Type" },
    { 0x20100080, 0xFFFFFFFF, DCM_VR_CS, 0, "SmoothingType", "1", "Smoothing Type" },
    { 0x201000A6, 0xFFFFFFFF, DCM_VR_CS, 0, "DefaultMagnificationType", "1", "Default Magnification Type" },
    { 0x201000A7, 0xFFFFFFFF, DCM_VR_CS, 0, "OtherMagnificationTypesAvailable", "1-n", "Other Magnification Types Available" },
    { 0x201000A8, 0xFFFFFFFF, DCM_VR_CS, 0, "DefaultSmoothingType", "1", "Default Smoothing Type" },
    { 0x201000A9, 0xFFFFFFFF, DCM_VR_CS, 0, "OtherSmoothingTypesAvailable", "1-n", "Other Smoothing Types Available" },
    { 0x20100100, 0xFFFFFFFF, DCM_VR_CS, 0, "BorderDensity", "1", "Border Density" },
    { 0x20100110, 0xFFFFFFFF, DCM_VR_CS, 0, "EmptyImageDensity", "1", "Empty Image Density" },
    { 0x20100120, 0xFFFFFFFF, DCM_VR_US, 0, "MinDensity", "1", "Min Density" },
    { 0x20100130, 0xFFFFFFFF, DCM_VR_US, 0, "MaxDensity", "1", "Max Density" },
    { 0x20100140, 0xFFFFFFFF, DCM_VR_CS, 0, "Trim", "1", "Trim" },
    { 0x20100150, 0xFFFFFFFF, DCM_VR_ST, 0, "ConfigurationInformation", "1", "Configuration Information" },
    { 0x20100152, 0xFFFFFFFF, DCM_VR_LT, 0, "ConfigurationInformationDescription", "1", "Configuration Information Description" },
    { 0x20100154, 0xFFFFFFFF, DCM_VR_IS, 0, "MaximumCollatedFilms", "1", "Maximum Collated Films" },
    { 0x2010015E, 0xFFFFFFFF, DCM_VR_US, 0, "Illumination", "1", "Illumination" },
    { 0x20100160, 0xFFFFFFFF, DCM_VR_US, 0, "ReflectedAmbientLight", "1", "Reflected Ambient Light" },
    { 0x20100376, 0xFFFFFFFF, DCM_VR_DS, 0, "PrinterPixelSpacing", "2", "Printer Pixel Spacing" },
    { 0x20100500, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedFilmSessionSequence", "1", "Referenced Film Session Sequence" },
    { 0x20100510, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedImageBoxSequence", "1", "Referenced Image Box Sequence" },
    { 0x20100520, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedBasicAnnotationBoxSequence", "1", "Referenced Basic Annotation Box Sequence" },
    { 0x20200010, 0xFFFFFFFF, DCM_VR_US, 0, "ImageBoxPosition", "1", "Image Box Position" },
    { 0x20200020, 0xFFFFFFFF, DCM_VR_CS, 0, "Polarity", "1", "Polarity" },
    { 0x20200030, 0xFFFFFFFF, DCM_VR_DS, 0, "RequestedImageSize", "1", "Requested Image Size" },
    { 0x20200040, 0xFFFFFFFF, DCM_VR_CS, 0, "RequestedDecimateCropBehavior", "1", "Requested Decimate/Crop Behavior" },
    { 0x20200050, 0xFFFFFFFF, DCM_VR_CS, 0, "RequestedResolutionID", "1", "Requested Resolution ID" },
    { 0x202000A0, 0xFFFFFFFF, DCM_VR_CS, 0, "RequestedImageSizeFlag", "1", "Requested Image Size Flag" },
    { 0x202000A2, 0xFFFFFFFF, DCM_VR_CS, 0, "DecimateCropResult", "1", "Decimate/Crop Result" },
    { 0x20200110, 0xFFFFFFFF, DCM_VR_SQ, 0, "BasicGrayscaleImageSequence", "1", "Basic Grayscale Image Sequence" },
    { 0x20200111, 0xFFFFFFFF, DCM_VR_SQ, 0, "BasicColorImageSequence", "1", "Basic Color Image Sequence" },
    { 0x20200130, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedImageOverlayBoxSequence", "1", "Referenced Image Overlay Box Sequence" },
    { 0x20200140, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedVOILUTBoxSequence", "1", "Referenced VOI LUT Box Sequence" },
    { 0x20300010, 0xFFFFFFFF, DCM_VR_US, 0, "AnnotationPosition", "1", "Annotation Position" },
    { 0x20300020, 0xFFFFFFFF, DCM_VR_LO, 0, "TextString", "1", "Text String" },
    { 0x20400010, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedOverlayPlaneSequence", "1", "Referenced Overlay Plane Sequence" },
    { 0x20400011, 0xFFFFFFFF, DCM_VR_US, 1, "ReferencedOverlayPlaneGroups", "1-99", "Referenced Overlay Plane Groups" },
    { 0x20400020, 0xFFFFFFFF, DCM_VR_SQ, 1, "OverlayPixelDataSequence", "1", "Overlay Pixel Data Sequence" },
    { 0x20400060, 0xFFFFFFFF, DCM_VR_CS, 1, "OverlayMagnificationType", "1", "Overlay Magnification Type" },
    { 0x20400070, 0xFFFFFFFF, DCM_VR_CS, 1, "OverlaySmoothingType", "1", "Overlay Smoothing Type" },
    { 0x20400072, 0xFFFFFFFF, DCM_VR_CS, 1, "OverlayOrImageMagnification", "1", "Overlay or Image Magnification" },
    { 0x20400074, 0xFFFFFFFF, DCM_VR_US, 1, "MagnifyToNumberOfColumns", "1", "Magnify to Number of Columns" },
    { 0x20400080, 0xFFFFFFFF, DCM_VR_CS, 1, "OverlayForegroundDensity", "1", "Overlay Foreground Density" },
    { 0x20400082, 0xFFFFFFFF, DCM_VR_CS, 1, "OverlayBackgroundDensity", "1", "Overlay Background Density" },
    { 0x20400090, 0xFFFFFFFF, DCM_VR_CS, 1, "OverlayMode", "1", "Overlay Mode" },
    { 0x20400100, 0xFFFFFFFF, DCM_VR_CS, 1, "ThresholdDensity", "1", "Threshold Density" },
    { 0x20400500, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedImageBoxSequenceRetired", "1", "Referenced Image Box Sequence (Retired)" },
    { 0x20500010, 0xFFFFFFFF, DCM_VR_SQ, 0, "PresentationLUTSequence", "1", "Presentation LUT Sequence" },
    { 0x20500020, 0xFFFFFFFF, DCM_VR_CS, 0, "PresentationLUTShape", "1", "Presentation LUT Shape" },
    { 0x20500500, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPresentationLUTSequence", "1", "Referenced Presentation LUT Sequence" },
    { 0x21000010, 0xFFFFFFFF, DCM_VR_SH, 1, "PrintJobID", "1", "Print Job ID" },
    { 0x21000020, 0xFFFFFFFF, DCM_VR_CS, 0, "ExecutionStatus", "1", "Execution Status" },
    { 0x21000030, 0xFFFFFFFF, DCM_VR_CS, 0, "ExecutionStatusInfo", "1", "Execution Status Info" },
    { 0x21000040, 0xFFFFFFFF, DCM_VR_DA, 0, "CreationDate", "1", "Creation Date" },
    { 0x21000050, 0xFFFFFFFF, DCM_VR_TM, 0, "CreationTime", "1", "Creation Time" },
    { 0x21000070, 0xFFFFFFFF, DCM_VR_AE, 0, "Originator", "1", "Originator" },
    { 0x21000140, 0xFFFFFFFF, DCM_VR_AE, 0, "DestinationAE", "1", "Destination AE" },
    { 0x21000160, 0xFFFFFFFF, DCM_VR_SH, 0, "OwnerID", "1", "Owner ID" },
    { 0x21000170, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfFilms", "1", "Number of Films" },
    { 0x21000500, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedPrintJobSequencePullStoredPrint", "1", "Referenced Print Job Sequence (Pull Stored Print)" },
    { 0x21100010, 0xFFFFFFFF, DCM_VR_CS, 0, "PrinterStatus", "1", "Printer Status" },
    { 0x21100020, 0xFFFFFFFF, DCM_VR_CS, 0, "PrinterStatusInfo", "1", "Printer Status Info" },
    { 0x21100030, 0xFFFFFFFF, DCM_VR_LO, 0, "PrinterName", "1", "Printer Name" },
    { 0x21100099, 0xFFFFFFFF, DCM_VR_SH, 1, "PrintQueueID", "1", "Print Queue ID" },
    { 0x21200010, 0xFFFFFFFF, DCM_VR_CS, 1, "QueueStatus", "1", "Queue Status" },
    { 0x21200050, 0xFFFFFFFF, DCM_VR_SQ, 1, "PrintJobDescriptionSequence", "1", "Print Job Description Sequence" },
    { 0x21200070, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedPrintJobSequence", "1", "Referenced Print Job Sequence" },
    { 0x21300010, 0xFFFFFFFF, DCM_VR_SQ, 1, "PrintManagementCapabilitiesSequence", "1", "Print Management Capabilities Sequence" },
    { 0x21300015, 0xFFFFFFFF, DCM_VR_SQ, 1, "PrinterCharacteristicsSequence", "1", "Printer Characteristics Sequence" },
    { 0x21300030, 0xFFFFFFFF, DCM_VR_SQ, 1, "FilmBoxContentSequence", "1", "Film Box Content Sequence" },
    { 0x21300040, 0xFFFFFFFF, DCM_VR_SQ, 1, "ImageBoxContentSequence", "1", "Image Box Content Sequence" },
    { 0x21300050, 0xFFFFFFFF, DCM_VR_SQ, 1, "AnnotationContentSequence", "1", "Annotation Content Sequence" },
    { 0x21300060, 0xFFFFFFFF, DCM_VR_SQ, 1, "ImageOverlayBoxContentSequence", "1", "Image Overlay Box Content Sequence" },
    { 0x21300080, 0xFFFFFFFF, DCM_VR_SQ, 1, "PresentationLUTContentSequence", "1", "Presentation LUT Content Sequence" },
    { 0x213000A0, 0xFFFFFFFF, DCM_VR_SQ, 1, "ProposedStudySequence", "1", "Proposed Study Sequence" },
    { 0x213000C0, 0xFFFFFFFF, DCM_VR_SQ, 1, "OriginalImageSequence", "1", "Original Image Sequence" },
    { 0x22000001, 0xFFFFFFFF, DCM_VR_CS, 0, "LabelUsingInformationExtractedFromInstances", "1", "Label Using Information Extracted From Instances" },
    { 0x22000002, 0xFFFFFFFF, DCM_VR_UT, 0, "LabelText", "1", "Label Text" },
    { 0x22000003, 0xFFFFFFFF, DCM_VR_CS, 0, "LabelStyleSelection", "1", "Label Style Selection" },
    { 0x22000004, 0xFFFFFFFF, DCM_VR_LT, 0, "MediaDisposition", "1", "Media Disposition" },
    { 0x22000005, 0xFFFFFFFF, DCM_VR_LT, 0, "BarcodeValue", "1", "Barcode Value" },
    { 0x22000006, 0xFFFFFFFF, DCM_VR_CS, 0, "BarcodeSymbology", "1", "Barcode Symbology" },
    { 0x22000007, 0xFFFFFFFF, DCM_VR_CS, 0, "AllowMediaSplitting", "1", "Allow Media Splitting" },
    { 0x22000008, 0xFFFFFFFF, DCM_VR_CS, 0, "IncludeNonDICOMObjects", "1", "Include Non-DICOM Objects" },
    { 0x22000009, 0xFFFFFFFF, DCM_VR_CS, 0, "IncludeDisplayApplication", "1", "Include Display Application" },
    { 0x2200000A, 0xFFFFFFFF, DCM_VR_CS, 0, "PreserveCompositeInstancesAfterMediaCreation", "1", "Preserve Composite Instances After Media Creation" },
    { 0x2200000B, 0xFFFFFFFF, DCM_VR_US, 0, "TotalNumberOfPiecesOfMediaCreated", "1", "Total Number of Pieces of Media Created" },
    { 0x2200000C, 0xFFFFFFFF, DCM_VR_LO, 0, "RequestedMediaApplicationProfile", "1", "Requested Media Application Profile" },
    { 0x2200000D, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedStorageMediaSequence", "1", "Referenced Storage Media Sequence" },
    { 0x2200000E, 0xFFFFFFFF, DCM_VR_AT, 0, "FailureAttributes", "1-n", "Failure Attributes" },
    { 0x2200000F, 0xFFFFFFFF, DCM_VR_CS, 0, "AllowLossyCompression", "1", "Allow Lossy Compression" },
    { 0x22000020, 0xFFFFFFFF, DCM_VR_CS, 0, "RequestPriority", "1", "Request Priority" },
    { 0x30020002, 0xFFFFFFFF, DCM_VR_SH, 0, "RTImageLabel", "1", "RT Image Label" },
    { 0x30020003, 0xFFFFFFFF, DCM_VR_LO, 0, "RTImageName", "1", "RT Image Name" },
    { 0x30020004, 0xFFFFFFFF, DCM_VR_ST, 0, "RTImageDescription", "1", "RT Image Description" },
    { 0x3002000A, 0xFFFFFFFF, DCM_VR_CS, 0, "ReportedValuesOrigin", "1", "Reported Values Origin" },
    { 0x3002000C, 0xFFFFFFFF, DCM_VR_CS, 0, "RTImagePlane", "1", "RT Image Plane" },
    { 0x3002000D, 0xFFFFFFFF, DCM_VR_DS, 0, "XRayImageReceptorTranslation", "3", "X-Ray Image Receptor Translation" },
    { 0x3002000E, 0xFFFFFFFF, DCM_VR_DS, 0, "XRayImageReceptorAngle", "1", "X-Ray Image Receptor Angle" },
    { 0x30020010, 0xFFFFFFFF, DCM_VR_DS, 0, "RTImageOrientation", "6", "RT Image Orientation" },
    { 0x30020011, 0xFFFFFFFF, DCM_VR_DS, 0, "ImagePlanePixelSpacing", "2", "Image Plane Pixel Spacing" },
    { 0x30020012, 0xFFFFFFFF, DCM_VR_DS, 0, "RTImagePosition", "2", "RT Image Position" },
    { 0x30020020, 0xFFFFFFFF, DCM_VR_SH, 0, "RadiationMachineName", "1", "Radiation Machine Name" },
    { 0x30020022, 0xFFFFFFFF, DCM_VR_DS, 0, "RadiationMachineSAD", "1", "Radiation Machine SAD" },
    { 0x30020024, 0xFFFFFFFF, DCM_VR_DS, 0, "RadiationMachineSSD", "1", "Radiation Machine SSD" },
    { 0x30020026, 0xFFFFFFFF, DCM_VR_DS, 0, "RTImageSID", "1", "RT Image SID" },
    { 0x30020028, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceToReferenceObjectDistance", "1", "Source to Reference Object Distance" },
    { 0x30020029, 0xFFFFFFFF, DCM_VR_IS, 0, "FractionNumber", "1", "Fraction Number" },
    { 0x30020030, 0xFFFFFFFF, DCM_VR_SQ, 0, "ExposureSequence", "1", "Exposure Sequence" },
    { 0x30020032, 0xFFFFFFFF, DCM_VR_DS, 0, "MetersetExposure", "1", "Meterset Exposure" },
    { 0x30020034, 0xFFFFFFFF, DCM_VR_DS, 0, "DiaphragmPosition", "4", "Diaphragm Position" },
    { 0x30020040, 0xFFFFFFFF, DCM_VR_SQ, 0, "FluenceMapSequence", "1", "Fluence Map Sequence" },
    { 0x30020041, 0xFFFFFFFF, DCM_VR_CS, 0, "FluenceDataSource", "1", "Fluence Data Source" },
    { 0x30020042, 0xFFFFFFFF, DCM_VR_DS, 0, "FluenceDataScale", "1", "Fluence Data Scale" },
    { 0x30020050, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrimaryFluenceModeSequence", "1", "Primary Fluence Mode Sequence" },
    { 0x30020051, 0xFFFFFFFF, DCM_VR_CS, 0, "FluenceMode", "1", "Fluence Mode" },
    { 0x30020052, 0xFFFFFFFF, DCM_VR_SH, 0, "FluenceModeID", "1", "Fluence Mode ID" },
    { 0x30040001, 0xFFFFFFFF, DCM_VR_CS, 0, "DVHType", "1", "DVH Type" },
    { 0x30040002, 0xFFFFFFFF, DCM_VR_CS, 0, "DoseUnits", "1", "Dose Units" },
    { 0x30040004, 0xFFFFFFFF, DCM_VR_CS, 0, "DoseType", "1", "Dose Type" },
    { 0x30040005, 0xFFFFFFFF, DCM_VR_CS, 0, "SpatialTransformOfDose", "1", "Spatial Transform of Dose" },
    { 0x30040006, 0xFFFFFFFF, DCM_VR_LO, 0, "DoseComment", "1", "Dose Comment" },
    { 0x30040008, 0xFFFFFFFF, DCM_VR_DS, 0, "NormalizationPoint", "3", "Normalization Point" },
    { 0x3004000A, 0xFFFFFFFF, DCM_VR_CS, 0, "DoseSummationType", "1", "Dose Summation Type" },
    { 0x3004000C, 0xFFFFFFFF, DCM_VR_DS, 0, "GridFrameOffsetVector", "2-n", "Grid Frame Offset Vector" },
    { 0x3004000E, 0xFFFFFFFF, DCM_VR_DS, 0, "DoseGridScaling", "1", "Dose Grid Scaling" },
    { 0x30040010, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTDoseROISequence", "1", "RT Dose ROI Sequence" },
    { 0x30040012, 0xFFFFFFFF, DCM_VR_DS, 0, "DoseValue", "1", "Dose Value" },
    { 0x30040014, 0xFFFFFFFF, DCM_VR_CS, 0, "TissueHeterogeneityCorrection", "1-3", "Tissue Heterogeneity Correction" },
    { 0x30040040, 0xFFFFFFFF, DCM_VR_DS, 0, "DVHNormalizationPoint", "3", "DVH Normalization Point" },
    { 0x30040042, 0xFFFFFFFF, DCM_VR_DS, 0, "DVHNormalizationDoseValue", "1", "DVH Normalization Dose Value" },
    { 0x30040050, 0xFFFFFFFF, DCM_VR_SQ, 0, "DVHSequence", "1", "DVH Sequence" },
    { 0x30040052, 0xFFFFFFFF, DCM_VR_DS, 0, "DVHDoseScaling", "1", "DVH Dose Scaling" },
    { 0x30040054, 0xFFFFFFFF, DCM_VR_CS, 0, "DVHVolumeUnits", "1", "DVH Volume Units" },
    { 0x30040056, 0xFFFFFFFF, DCM_VR_IS, 0, "DVHNumberOfBins", "1", "DVH Number of Bins" },
    { 0x30040058, 0xFFFFFFFF, DCM_VR_DS, 0, "DVHData", "2-2n", "DVH Data" },
    { 0x30040060, 0xFFFFFFFF, DCM_VR_SQ, 0, "DVHReferencedROISequence", "1", "DVH Referenced ROI Sequence" },
    { 0x30040062, 0xFFFFFFFF, DCM_VR_CS, 0, "DVHROIContributionType", "1", "DVH ROI Contribution Type" },
    { 0x30040070, 0xFFFFFFFF, DCM_VR_DS, 0, "DVHMinimumDose", "1", "DVH Minimum Dose" },
    { 0x30040072, 0xFFFFFFFF, DCM_VR_DS, 0, "DVHMaximumDose", "1", "DVH Maximum Dose" },
    { 0x30040074, 0xFFFFFFFF, DCM_VR_DS, 0, "DVHMeanDose", "1", "DVH Mean Dose" },
    { 0x30060002, 0xFFFFFFFF, DCM_VR_SH, 0, "StructureSetLabel", "1", "Structure Set Label" },
    { 0x30060004, 0xFFFFFFFF, DCM_VR_LO, 0, "StructureSetName", "1", "Structure Set Name" },
    { 0x30060006, 0xFFFFFFFF, DCM_VR_ST, 0, "StructureSetDescription", "1", "Structure Set Description" },
    { 0x30060008, 0xFFFFFFFF, DCM_VR_DA, 0, "StructureSetDate", "1", "Structure Set Date" },
    { 0x30060009, 0xFFFFFFFF, DCM_VR_TM, 0, "StructureSetTime", "1", "Structure Set Time" },
    { 0x30060010, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedFrameOfReferenceSequence", "1", "Referenced Frame of Reference Sequence" },
    { 0x30060012, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTReferencedStudySequence", "1", "RT Referenced Study Sequence" },
    { 0x30060014, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTReferencedSeriesSequence", "1", "RT Referenced Series Sequence" },
    { 0x30060016, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContourImageSequence", "1", "Contour Image Sequence" },
    { 0x30060018, 0xFFFFFFFF, DCM_VR_SQ, 0, "PredecessorStructureSetSequence", "1", "Predecessor Structure Set Sequence" },
    { 0x30060020, 0xFFFFFFFF, DCM_VR_SQ, 0, "StructureSetROISequence", "1", "Structure Set ROI Sequence" },
    { 0x30060022, 0xFFFFFFFF, DCM_VR_IS, 0, "ROINumber", "1", "ROI Number" },
    { 0x30060024, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedFrameOfReferenceUID", "1", "Referenced Frame of Reference UID" },
    { 0x30060026, 0xFFFFFFFF, DCM_VR_LO, 0, "ROIName", "1", "ROI Name" },
    { 0x30060028, 0xFFFFFFFF, DCM_VR_ST, 0, "ROIDescription", "1", "ROI Description" },
    { 0x3006002A, 0xFFFFFFFF, DCM_VR_IS, 0, "ROIDisplayColor", "3", "ROI Display Color" },
    { 0x3006002C, 0xFFFFFFFF, DCM_VR_DS, 0, "ROIVolume", "1", "ROI Volume" },
    { 0x30060030, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTRelatedROISequence", "1", "RT Related ROI Sequence" },
    { 0x30060033, 0xFFFFFFFF, DCM_VR_CS, 0, "RTROIRelationship", "1", "RT ROI Relationship" },
    { 0x30060036, 0xFFFFFFFF, DCM_VR_CS, 0, "ROIGenerationAlgorithm", "1", "ROI Generation Algorithm" },
    { 0x30060037, 0xFFFFFFFF, DCM_VR_SQ, 0, "ROIDerivationAlgorithmIdentificationSequence", "1", "ROI Derivation Algorithm Identification Sequence" },
    { 0x30060038, 0xFFFFFFFF, DCM_VR_LO, 0, "ROIGenerationDescription", "1", "ROI Generation Description" },
    { 0x30060039, 0xFFFFFFFF, DCM_VR_SQ, 0, "ROIContourSequence", "1", "ROI Contour Sequence" },
    { 0x30060040, 0xFFFFFFFF, DCM_VR_SQ, 0, "ContourSequence", "1", "Contour Sequence" },
    { 0x30060042, 0xFFFFFFFF, DCM_VR_CS, 0, "ContourGeometricType", "1", "Contour Geometric Type" },
    { 0x30060044, 0xFFFFFFFF, DCM_VR_DS, 1, "ContourSlabThickness", "1", "Contour Slab Thickness" },
    { 0x30060045, 0xFFFFFFFF, DCM_VR_DS, 1, "ContourOffsetVector", "3", "Contour Offset Vector" },
    { 0x30060046, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfContourPoints", "1", "Number of Contour Points" },
    { 0x30060048, 0xFFFFFFFF, DCM_VR_IS, 0, "ContourNumber", "1", "Contour Number" },
    { 0x30060049, 0xFFFFFFFF, DCM_VR_IS, 1, "AttachedContours", "1-n", "Attached Contours" },
    { 0x3006004A, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourcePixelPlanesCharacteristicsSequence", "1", "Source Pixel Planes Characteristics Sequence" },
    { 0x30060050, 0xFFFFFFFF, DCM_VR_DS, 0, "ContourData", "3-3n", "Contour Data" },
    { 0x30060080, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTROIObservationsSequence", "1", "RT ROI Observations Sequence" },
    { 0x30060082, 0xFFFFFFFF, DCM_VR_IS, 0, "ObservationNumber", "1", "Observation Number" },
    { 0x30060084, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedROINumber", "1", "Referenced ROI Number" },
    { 0x30060085, 0xFFFFFFFF, DCM_VR_SH, 0, "ROIObservationLabel", "1", "ROI Observation Label" },
    { 0x30060086, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTROIIdentificationCodeSequence", "1", "RT ROI Identification Code Sequence" },
    { 0x30060088, 0xFFFFFFFF, DCM_VR_ST, 0, "ROIObservationDescription", "1", "ROI Observation Description" },
    { 0x300600A0, 0xFFFFFFFF, DCM_VR_SQ, 0, "RelatedRTROIObservationsSequence", "1", "Related RT ROI Observations Sequence" },
    { 0x300600A4, 0xFFFFFFFF, DCM_VR_CS, 0, "RTROIInterpretedType", "1", "RT ROI Interpreted Type" },
    { 0x300600A6, 0xFFFFFFFF, DCM_VR_PN, 0, "ROIInterpreter", "1", "ROI Interpreter" },
    { 0x300600B0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ROIPhysicalPropertiesSequence", "1", "ROI Physical Properties Sequence" },
    { 0x300600B2, 0xFFFFFFFF, DCM_VR_CS, 0, "ROIPhysicalProperty", "1", "ROI Physical Property" },
    { 0x300600B4, 0xFFFFFFFF, DCM_VR_DS, 0, "ROIPhysicalPropertyValue", "1", "ROI Physical Property Value" },
    { 0x300600B6, 0xFFFFFFFF, DCM_VR_SQ, 0, "ROIElementalCompositionSequence", "1", "ROI Elemental Composition Sequence" },
    { 0x300600B7, 0xFFFFFFFF, DCM_VR_US, 0, "ROIElementalCompositionAtomicNumber", "1", "ROI Elemental Composition Atomic Number" },
    { 0x300600B8, 0xFFFFFFFF, DCM_VR_FL, 0, "ROIElementalCompositionAtomicMassFraction", "1", "ROI Elemental Composition Atomic Mass Fraction" },
    { 0x300600B9, 0xFFFFFFFF, DCM_VR_SQ, 1, "AdditionalRTROIIdentificationCodeSequence", "1", "Additional RT ROI Identification Code Sequence" },
    { 0x300600C0, 0xFFFFFFFF, DCM_VR_SQ, 1, "FrameOfReferenceRelationshipSequence", "1", "Frame of Reference Relationship Sequence" },
    { 0x300600C2, 0xFFFFFFFF, DCM_VR_UI, 1, "RelatedFrameOfReferenceUID", "1", "Related Frame of Reference UID" },
    { 0x300600C4, 0xFFFFFFFF, DCM_VR_CS, 1, "FrameOfReferenceTransformationType", "1", "Frame of Reference Transformation Type" },
    { 0x300600C6, 0xFFFFFFFF, DCM_VR_DS, 0, "FrameOfReferenceTransformationMatrix", "16", "Frame of Reference Transformation Matrix" },
    { 0x300600C8, 0xFFFFFFFF, DCM_VR_LO, 0, "FrameOfReferenceTransformationComment", "1", "Frame of Reference Transformation Comment" },
    { 0x300600C9, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientLocationCoordinatesSequence", "1", "Patient Location Coordinates Sequence" },
    { 0x300600CA, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientLocationCoordinatesCodeSequence", "1", "Patient Location Coordinates Code Sequence" },
    { 0x300600CB, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSupportPositionSequence", "1", "Patient Support Position Sequence" },
    { 0x30080010, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasuredDoseReferenceSequence", "1", "Measured Dose Reference Sequence" },
    { 0x30080012, 0xFFFFFFFF, DCM_VR_ST, 0, "MeasuredDoseDescription", "1", "Measured Dose Description" },
    { 0x30080014, 0xFFFFFFFF, DCM_VR_CS, 0, "MeasuredDoseType", "1", "Measured Dose Type" },
    { 0x30080016, 0xFFFFFFFF, DCM_VR_DS, 0, "MeasuredDoseValue", "1", "Measured Dose Value" },
    { 0x30080020, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentSessionBeamSequence", "1", "Treatment Session Beam Sequence" },
    { 0x30080021, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentSessionIonBeamSequence", "1", "Treatment Session Ion Beam Sequence" },
    { 0x30080022, 0xFFFFFFFF, DCM_VR_IS, 0, "CurrentFractionNumber", "1", "Current Fraction Number" },
    { 0x30080024, 0xFFFFFFFF, DCM_VR_DA, 0, "TreatmentControlPointDate", "1", "Treatment Control Point Date" },
    { 0x30080025, 0xFFFFFFFF, DCM_VR_TM, 0, "TreatmentControlPointTime", "1", "Treatment Control Point Time" },
    { 0x3008002A, 0xFFFFFFFF, DCM_VR_CS, 0, "TreatmentTerminationStatus", "1", "Treatment Termination Status" },
    { 0x3008002B, 0xFFFFFFFF, DCM_VR_SH, 0, "TreatmentTerminationCode", "1", "Treatment Termination Code" },
    { 0x3008002C, 0xFFFFFFFF, DCM_VR_CS, 0, "TreatmentVerificationStatus", "1", "Treatment Verification Status" },
    { 0x30080030, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedTreatmentRecordSequence", "1", "Referenced Treatment Record Sequence" },
    { 0x30080032, 0xFFFFFFFF, DCM_VR_DS, 0, "SpecifiedPrimaryMeterset", "1", "Specified Primary Meterset" },
    { 0x30080033, 0xFFFFFFFF, DCM_VR_DS, 0, "SpecifiedSecondaryMeterset", "1", "Specified Secondary Meterset" },
    { 0x30080036, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveredPrimaryMeterset", "1", "Delivered Primary Meterset" },
    { 0x30080037, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveredSecondaryMeterset", "1", "Delivered Secondary Meterset" },
    { 0x3008003A, 0xFFFFFFFF, DCM_VR_DS, 0, "SpecifiedTreatmentTime", "1", "Specified Treatment Time" },
    { 0x3008003B, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveredTreatmentTime", "1", "Delivered Treatment Time" },
    { 0x30080040, 0xFFFFFFFF, DCM_VR_SQ, 0, "ControlPointDeliverySequence", "1", "Control Point Delivery Sequence" },
    { 0x30080041, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonControlPointDeliverySequence", "1", "Ion Control Point Delivery Sequence" },
    { 0x30080042, 0xFFFFFFFF, DCM_VR_DS, 0, "SpecifiedMeterset", "1", "Specified Meterset" },
    { 0x30080044, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveredMeterset", "1", "Delivered Meterset" },
    { 0x30080045, 0xFFFFFFFF, DCM_VR_FL, 0, "MetersetRateSet", "1", "Meterset Rate Set" },
    { 0x30080046, 0xFFFFFFFF, DCM_VR_FL, 0, "MetersetRateDelivered", "1", "Meterset Rate Delivered" },
    { 0x30080047, 0xFFFFFFFF, DCM_VR_FL, 0, "ScanSpotMetersetsDelivered", "1-n", "Scan Spot Metersets Delivered" },
    { 0x30080048, 0xFFFFFFFF, DCM_VR_DS, 0, "DoseRateDelivered", "1", "Dose Rate Delivered" },
    { 0x30080050, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentSummaryCalculatedDoseReferenceSequence", "1", "Treatment Summary Calculated Dose Reference Sequence" },
    { 0x30080052, 0xFFFFFFFF, DCM_VR_DS, 0, "CumulativeDoseToDoseReference", "1", "Cumulative Dose to Dose Reference" },
    { 0x30080054, 0xFFFFFFFF, DCM_VR_DA, 0, "FirstTreatmentDate", "1", "First Treatment Date" },
    { 0x30080056, 0xFFFFFFFF, DCM_VR_DA, 0, "MostRecentTreatmentDate", "1", "Most Recent Treatment Date" },
    { 0x3008005A, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfFractionsDelivered", "1", "Number of Fractions Delivered" },
    { 0x30080060, 0xFFFFFFFF, DCM_VR_SQ, 0, "OverrideSequence", "1", "Override Sequence" },
    { 0x30080061, 0xFFFFFFFF, DCM_VR_AT, 0, "ParameterSequencePointer", "1", "Parameter Sequence Pointer" },
    { 0x30080062, 0xFFFFFFFF, DCM_VR_AT, 0, "OverrideParameterPointer", "1", "Override Parameter Pointer" },
    { 0x30080063, 0xFFFFFFFF, DCM_VR_IS, 0, "ParameterItemIndex", "1", "Parameter Item Index" },
    { 0x30080064, 0xFFFFFFFF, DCM_VR_IS, 0, "MeasuredDoseReferenceNumber", "1", "Measured Dose Reference Number" },
    { 0x30080065, 0xFFFFFFFF, DCM_VR_AT, 0, "ParameterPointer", "1", "Parameter Pointer" },
    { 0x30080066, 0xFFFFFFFF, DCM_VR_ST, 0, "OverrideReason", "1", "Override Reason" },
    { 0x30080067, 0xFFFFFFFF, DCM_VR_US, 0, "ParameterValueNumber", "1", "Parameter Value Number" },
    { 0x30080068, 0xFFFFFFFF, DCM_VR_SQ, 0, "CorrectedParameterSequence", "1", "Corrected Parameter Sequence" },
    { 0x3008006A, 0xFFFFFFFF, DCM_VR_FL, 0, "CorrectionValue", "1", "Correction Value" },
    { 0x30080070, 0xFFFFFFFF, DCM_VR_SQ, 0, "CalculatedDoseReferenceSequence", "1", "Calculated Dose Reference Sequence" },
    { 0x30080072, 0xFFFFFFFF, DCM_VR_IS, 0, "CalculatedDoseReferenceNumber", "1", "Calculated Dose Reference Number" },
    { 0x30080074, 0xFFFFFFFF, DCM_VR_ST, 0, "CalculatedDoseReferenceDescription", "1", "Calculated Dose Reference Description" },
    { 0x30080076, 0xFFFFFFFF, DCM_VR_DS, 0, "CalculatedDoseReferenceDoseValue", "1", "Calculated Dose Reference Dose Value" },
    { 0x30080078, 0xFFFFFFFF, DCM_VR_DS, 0, "StartMeterset", "1", "Start Meterset" },
    { 0x3008007A, 0xFFFFFFFF, DCM_VR_DS, 0, "EndMeterset", "1", "End Meterset" },
    { 0x30080080, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedMeasuredDoseReferenceSequence", "1", "Referenced Measured Dose Reference Sequence" },
    { 0x30080082, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedMeasuredDoseReferenceNumber", "1", "Referenced Measured Dose Reference Number" },
    { 0x30080090, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedCalculatedDoseReferenceSequence", "1", "Referenced Calculated Dose Reference Sequence" },
    { 0x30080092, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedCalculatedDoseReferenceNumber", "1", "Referenced Calculated Dose Reference Number" },
    { 0x300800A0, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamLimitingDeviceLeafPairsSequence", "1", "Beam Limiting Device Leaf Pairs Sequence" },
    { 0x300800B0, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedWedgeSequence", "1", "Recorded Wedge Sequence" },
    { 0x300800C0, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedCompensatorSequence", "1", "Recorded Compensator Sequence" },
    { 0x300800D0, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedBlockSequence", "1", "Recorded Block Sequence" },
    { 0x300800D1, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedBlockSlabSequence", "1", "Recorded Block Slab Sequence" },
    { 0x300800E0, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentSummaryMeasuredDoseReferenceSequence", "1", "Treatment Summary Measured Dose Reference Sequence" },
    { 0x300800F0, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedSnoutSequence", "1", "Recorded Snout Sequence" },
    { 0x300800F2, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedRangeShifterSequence", "1", "Recorded Range Shifter Sequence" },
    { 0x300800F4, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedLateralSpreadingDeviceSequence", "1", "Recorded Lateral Spreading Device Sequence" },
    { 0x300800F6, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedRangeModulatorSequence", "1", "Recorded Range Modulator Sequence" },
    { 0x30080100, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedSourceSequence", "1", "Recorded Source Sequence" },
    { 0x30080105, 0xFFFFFFFF, DCM_VR_LO, 0, "SourceSerialNumber", "1", "Source Serial Number" },
    { 0x30080110, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentSessionApplicationSetupSequence", "1", "Treatment Session Application Setup Sequence" },
    { 0x30080116, 0xFFFFFFFF, DCM_VR_CS, 0, "ApplicationSetupCheck", "1", "Application Setup Check" },
    { 0x30080120, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedBrachyAccessoryDeviceSequence", "1", "Recorded Brachy Accessory Device Sequence" },
    { 0x30080122, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedBrachyAccessoryDeviceNumber", "1", "Referenced Brachy Accessory Device Number" },
    { 0x30080130, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedChannelSequence", "1", "Recorded Channel Sequence" },
    { 0x30080132, 0xFFFFFFFF, DCM_VR_DS, 0, "SpecifiedChannelTotalTime", "1", "Specified Channel Total Time" },
    { 0x30080134, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveredChannelTotalTime", "1", "Delivered Channel Total Time" },
    { 0x30080136, 0xFFFFFFFF, DCM_VR_IS, 0, "SpecifiedNumberOfPulses", "1", "Specified Number of Pulses" },
    { 0x30080138, 0xFFFFFFFF, DCM_VR_IS, 0, "DeliveredNumberOfPulses", "1", "Delivered Number of Pulses" },
    { 0x3008013A, 0xFFFFFFFF, DCM_VR_DS, 0, "SpecifiedPulseRepetitionInterval", "1", "Specified Pulse Repetition Interval" },
    { 0x3008013C, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveredPulseRepetitionInterval", "1", "Delivered Pulse Repetition Interval" },
    { 0x30080140, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedSourceApplicatorSequence", "1", "Recorded Source Applicator Sequence" },
    { 0x30080142, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedSourceApplicatorNumber", "1", "Referenced Source Applicator Number" },
    { 0x30080150, 0xFFFFFFFF, DCM_VR_SQ, 0, "RecordedChannelShieldSequence", "1", "Recorded Channel Shield Sequence" },
    { 0x30080152, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedChannelShieldNumber", "1", "Referenced Channel Shield Number" },
    { 0x30080160, 0xFFFFFFFF, DCM_VR_SQ, 0, "BrachyControlPointDeliveredSequence", "1", "Brachy Control Point Delivered Sequence" },
    { 0x30080162, 0xFFFFFFFF, DCM_VR_DA, 0, "SafePositionExitDate", "1", "Safe Position Exit Date" },
    { 0x30080164, 0xFFFFFFFF, DCM_VR_TM, 0, "SafePositionExitTime", "1", "Safe Position Exit Time" },
    { 0x30080166, 0xFFFFFFFF, DCM_VR_DA, 0, "SafePositionReturnDate", "1", "Safe Position Return Date" },
    { 0x30080168, 0xFFFFFFFF, DCM_VR_TM, 0, "SafePositionReturnTime", "1", "Safe Position Return Time" },
    { 0x30080171, 0xFFFFFFFF, DCM_VR_SQ, 0, "PulseSpecificBrachyControlPointDeliveredSequence", "1", "Pulse Specific Brachy Control Point Delivered Sequence" },
    { 0x30080172, 0xFFFFFFFF, DCM_VR_US, 0, "PulseNumber", "1", "Pulse Number" },
    { 0x30080173, 0xFFFFFFFF, DCM_VR_SQ, 0, "BrachyPulseControlPointDeliveredSequence", "1", "Brachy Pulse Control Point Delivered Sequence" },
    { 0x30080200, 0xFFFFFFFF, DCM_VR_CS, 0, "CurrentTreatmentStatus", "1", "Current Treatment Status" },
    { 0x30080202, 0xFFFFFFFF, DCM_VR_ST, 0, "TreatmentStatusComment", "1", "Treatment Status Comment" },
    { 0x30080220, 0xFFFFFFFF, DCM_VR_SQ, 0, "FractionGroupSummarySequence", "1", "Fraction Group Summary Sequence" },
    { 0x30080223, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedFractionNumber", "1", "Referenced Fraction Number" },
    { 0x30080224, 0xFFFFFFFF, DCM_VR_CS, 0, "FractionGroupType", "1", "Fraction Group Type" },
    { 0x30080230, 0xFFFFFFFF, DCM_VR_CS, 0, "BeamStopperPosition", "1", "Beam Stopper Position" },
    { 0x30080240, 0xFFFFFFFF, DCM_VR_SQ, 0, "FractionStatusSummarySequence", "1", "Fraction Status Summary Sequence" },
    { 0x30080250, 0xFFFFFFFF, DCM_VR_DA, 0, "TreatmentDate", "1", "Treatment Date" },
    { 0x30080251, 0xFFFFFFFF, DCM_VR_TM, 0, "TreatmentTime", "1", "Treatment Time" },
    { 0x300A0002, 0xFFFFFFFF, DCM_VR_SH, 0, "RTPlanLabel", "1", "RT Plan Label" },
    { 0x300A0003, 0xFFFFFFFF, DCM_VR_LO, 0, "RTPlanName", "1", "RT Plan Name" },
    { 0x300A0004, 0xFFFFFFFF, DCM_VR_ST, 0, "RTPlanDescription", "1", "RT Plan Description" },
    { 0x300A0006, 0xFFFFFFFF, DCM_VR_DA, 0, "RTPlanDate", "1", "RT Plan Date" },
    { 0x300A0007, 0xFFFFFFFF, DCM_VR_TM, 0, "RTPlanTime", "1", "RT Plan Time" },
    { 0x300A0009, 0xFFFFFFFF, DCM_VR_LO, 0, "TreatmentProtocols", "1-n", "Treatment Protocols" },
    { 0x300A000A, 0xFFFFFFFF, DCM_VR_CS, 0, "PlanIntent", "1", "Plan Intent" },
    { 0x300A000B, 0xFFFFFFFF, DCM_VR_LO, 1, "TreatmentSites", "1-n", "Treatment Sites" },
    { 0x300A000C, 0xFFFFFFFF, DCM_VR_CS, 0, "RTPlanGeometry", "1", "RT Plan Geometry" },
    { 0x300A000E, 0xFFFFFFFF, DCM_VR_ST, 0, "PrescriptionDescription", "1", "Prescription Description" },
    { 0x300A0010, 0xFFFFFFFF, DCM_VR_SQ, 0, "DoseReferenceSequence", "1", "Dose Reference Sequence" },
    { 0x300A0012, 0xFFFFFFFF, DCM_VR_IS, 0, "DoseReferenceNumber", "1", "Dose Reference Number" },
    { 0x300A0013, 0xFFFFFFFF, DCM_VR_UI, 0, "DoseReferenceUID", "1", "Dose Reference UID" },
    { 0x300A0014, 0xFFFFFFFF, DCM_VR_CS, 0, "DoseReferenceStructureType", "1", "Dose Reference Structure Type" },
    { 0x300A0015, 0xFFFFFFFF, DCM_VR_CS, 0, "NominalBeamEnergyUnit", "1", "Nominal Beam Energy Unit" },
    { 0x300A0016, 0xFFFFFFFF, DCM_VR_LO, 0, "DoseReferenceDescription", "1", "Dose Reference Description" },
    { 0x300A0018, 0xFFFFFFFF, DCM_VR_DS, 0, "DoseReferencePointCoordinates", "3", "Dose Reference Point Coordinates" },
    { 0x300A001A, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalPriorDose", "1", "Nominal Prior Dose" },
    { 0x300A0020, 0xFFFFFFFF, DCM_VR_CS, 0, "DoseReferenceType", "1", "Dose Reference Type" },
    { 0x300A0021, 0xFFFFFFFF, DCM_VR_DS, 0, "ConstraintWeight", "1", "Constraint Weight" },
    { 0x300A0022, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveryWarningDose", "1", "Delivery Warning Dose" },
    { 0x300A0023, 0xFFFFFFFF, DCM_VR_DS, 0, "DeliveryMaximumDose", "1", "Delivery Maximum Dose" },
    { 0x300A0025, 0xFFFFFFFF, DCM_VR_DS, 0, "TargetMinimumDose", "1", "Target Minimum Dose" },
    { 0x300A0026, 0xFFFFFFFF, DCM_VR_DS, 0, "TargetPrescriptionDose", "1", "Target Prescription Dose" },
    { 0x300A0027, 0xFFFFFFFF, DCM_VR_DS, 0, "TargetMaximumDose", "1", "Target Maximum Dose" },
    { 0x300A0028, 0xFFFFFFFF, DCM_VR_DS, 0, "TargetUnderdoseVolumeFraction", "1", "Target Underdose Volume Fraction" },
    { 0x300A002A, 0xFFFFFFFF, DCM_VR_DS, 0, "OrganAtRiskFullVolumeDose", "1", "Organ at Risk Full-volume Dose" },
    { 0x300A002B, 0xFFFFFFFF, DCM_VR_DS, 0, "OrganAtRiskLimitDose", "1", "Organ at Risk Limit Dose" },
    { 0x300A002C, 0xFFFFFFFF, DCM_VR_DS, 0, "OrganAtRiskMaximumDose", "1", "Organ at Risk Maximum Dose" },
    { 0x300A002D, 0xFFFFFFFF, DCM_VR_DS, 0, "OrganAtRiskOverdoseVolumeFraction", "1", "Organ at Risk Overdose Volume Fraction" },
    { 0x300A0040, 0xFFFFFFFF, DCM_VR_SQ, 0, "ToleranceTableSequence", "1", "Tolerance Table Sequence" },
    { 0x300A0042, 0xFFFFFFFF, DCM_VR_IS, 0, "ToleranceTableNumber", "1", "Tolerance Table Number" },
    { 0x300A0043, 0xFFFFFFFF, DCM_VR_SH, 0, "ToleranceTableLabel", "1", "Tolerance Table Label" },
    { 0x300A0044, 0xFFFFFFFF, DCM_VR_DS, 0, "GantryAngleTolerance", "1", "Gantry Angle Tolerance" },
    { 0x300A0046, 0xFFFFFFFF, DCM_VR_DS, 0, "BeamLimitingDeviceAngleTolerance", "1", "Beam Limiting Device Angle Tolerance" },
    { 0x300A0048, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamLimitingDeviceToleranceSequence", "1", "Beam Limiting Device Tolerance Sequence" },
    { 0x300A004A, 0xFFFFFFFF, DCM_VR_DS, 0, "BeamLimitingDevicePositionTolerance", "1", "Beam Limiting Device Position Tolerance" },
    { 0x300A004B, 0xFFFFFFFF, DCM_VR_FL, 0, "SnoutPositionTolerance", "1", "Snout Position Tolerance" },
    { 0x300A004C, 0xFFFFFFFF, DCM_VR_DS, 0, "PatientSupportAngleTolerance", "1", "Patient Support Angle Tolerance" },
    { 0x300A004E, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopEccentricAngleTolerance", "1", "Table Top Eccentric Angle Tolerance" },
    { 0x300A004F, 0xFFFFFFFF, DCM_VR_FL, 0, "TableTopPitchAngleTolerance", "1", "Table Top Pitch Angle Tolerance" },
    { 0x300A0050, 0xFFFFFFFF, DCM_VR_FL, 0, "TableTopRollAngleTolerance", "1", "Table Top Roll Angle Tolerance" },
    { 0x300A0051, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopVerticalPositionTolerance", "1", "Table Top Vertical Position Tolerance" },
    { 0x300A0052, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopLongitudinalPositionTolerance", "1", "Table Top Longitudinal Position Tolerance" },
    { 0x300A0053, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopLateralPositionTolerance", "1", "Table Top Lateral Position Tolerance" },
    { 0x300A0055, 0xFFFFFFFF, DCM_VR_CS, 0, "RTPlanRelationship", "1", "RT Plan Relationship" },
    { 0x300A0070, 0xFFFFFFFF, DCM_VR_SQ, 0, "FractionGroupSequence", "1", "Fraction Group Sequence" },
    { 0x300A0071, 0xFFFFFFFF, DCM_VR_IS, 0, "FractionGroupNumber", "1", "Fraction Group Number" },
    { 0x300A0072, 0xFFFFFFFF, DCM_VR_LO, 0, "FractionGroupDescription", "1", "Fraction Group Description" },
    { 0x300A0078, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfFractionsPlanned", "1", "Number of Fractions Planned" },
    { 0x300A0079, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfFractionPatternDigitsPerDay", "1", "Number of Fraction Pattern Digits Per Day" },
    { 0x300A007A, 0xFFFFFFFF, DCM_VR_IS, 0, "RepeatFractionCycleLength", "1", "Repeat Fraction Cycle Length" },
    { 0x300A007B, 0xFFFFFFFF, DCM_VR_LT, 0, "FractionPattern", "1", "Fraction Pattern" },
    { 0x300A0080, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfBeams", "1", "Number of Beams" },
    { 0x300A0082, 0xFFFFFFFF, DCM_VR_DS, 1, "BeamDoseSpecificationPoint", "3", "Beam Dose Specification Point" },
    { 0x300A0083, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedDoseReferenceUID", "1", "Referenced Dose Reference UID" },
    { 0x300A0084, 0xFFFFFFFF, DCM_VR_DS, 0, "BeamDose", "1", "Beam Dose" },
    { 0x300A0086, 0xFFFFFFFF, DCM_VR_DS, 0, "BeamMeterset", "1", "Beam Meterset" },
    { 0x300A0088, 0xFFFFFFFF, DCM_VR_FL, 0, "BeamDosePointDepth", "1", "Beam Dose Point Depth" },
    { 0x300A0089, 0xFFFFFFFF, DCM_VR_FL, 0, "BeamDosePointEquivalentDepth", "1", "Beam Dose Point Equivalent Depth" },
    { 0x300A008A, 0xFFFFFFFF, DCM_VR_FL, 0, "BeamDosePointSSD", "1", "Beam Dose Point SSD" },
    { 0x300A008B, 0xFFFFFFFF, DCM_VR_CS, 0, "BeamDoseMeaning", "1", "Beam Dose Meaning" },
    { 0x300A008C, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamDoseVerificationControlPointSequence", "1", "Beam Dose Verification Control Point Sequence" },
    { 0x300A008D, 0xFFFFFFFF, DCM_VR_FL, 1, "AverageBeamDosePointDepth", "1", "Average Beam Dose Point Depth" },
    { 0x300A008E, 0xFFFFFFFF, DCM_VR_FL, 1, "AverageBeamDosePointEquivalentDepth", "1", "Average Beam Dose Point Equivalent Depth" },
    { 0x300A008F, 0xFFFFFFFF, DCM_VR_FL, 1, "AverageBeamDosePointSSD", "1", "Average Beam Dose Point SSD" },
    { 0x300A0090, 0xFFFFFFFF, DCM_VR_CS, 0, "BeamDoseType", "1", "Beam Dose Type" },
    { 0x300A0091, 0xFFFFFFFF, DCM_VR_DS, 0, "AlternateBeamDose", "1", "Alternate Beam Dose" },
    { 0x300A0092, 0xFFFFFFFF, DCM_VR_CS, 0, "AlternateBeamDoseType", "1", "Alternate Beam Dose Type" },
    { 0x300A0093, 0xFFFFFFFF, DCM_VR_CS, 0, "DepthValueAveragingFlag", "1", "Depth Value Averaging Flag" },
    { 0x300A0094, 0xFFFFFFFF, DCM_VR_DS, 0, "BeamDosePointSourceToExternalContourDistance", "1", "Beam Dose Point Source to External Contour Distance" },
    { 0x300A00A0, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfBrachyApplicationSetups", "1", "Number of Brachy Application Setups" },
    { 0x300A00A2, 0xFFFFFFFF, DCM_VR_DS, 0, "BrachyApplicationSetupDoseSpecificationPoint", "3", "Brachy Application Setup Dose Specification Point" },
    { 0x300A00A4, 0xFFFFFFFF, DCM_VR_DS, 0, "BrachyApplicationSetupDose", "1", "Brachy Application Setup Dose" },
    { 0x300A00B0, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamSequence", "1", "Beam Sequence" },
    { 0x300A00B2, 0xFFFFFFFF, DCM_VR_SH, 0, "TreatmentMachineName", "1", "Treatment Machine Name" },
    { 0x300A00B3, 0xFFFFFFFF, DCM_VR_CS, 0, "PrimaryDosimeterUnit", "1", "Primary Dosimeter Unit" },
    { 0x300A00B4, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceAxisDistance", "1", "Source-Axis Distance" },
    { 0x300A00B6, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamLimitingDeviceSequence", "1", "Beam Limiting Device Sequence" },
    { 0x300A00B8, 0xFFFFFFFF, DCM_VR_CS, 0, "RTBeamLimitingDeviceType", "1", "RT Beam Limiting Device Type" },
    { 0x300A00BA, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceToBeamLimitingDeviceDistance", "1", "Source to Beam Limiting Device Distance" },
    { 0x300A00BB, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToBeamLimitingDeviceDistance", "1", "Isocenter to Beam Limiting Device Distance" },
    { 0x300A00BC, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfLeafJawPairs", "1", "Number of Leaf/Jaw Pairs" },
    { 0x300A00BE, 0xFFFFFFFF, DCM_VR_DS, 0, "LeafPositionBoundaries", "3-n", "Leaf Position Boundaries" },
    { 0x300A00C0, 0xFFFFFFFF, DCM_VR_IS, 0, "BeamNumber", "1", "Beam Number" },
    { 0x300A00C2, 0xFFFFFFFF, DCM_VR_LO, 0, "BeamName", "1", "Beam Name" },
    { 0x300A00C3, 0xFFFFFFFF, DCM_VR_ST, 0, "BeamDescription", "1", "Beam Description" },
    { 0x300A00C4, 0xFFFFFFFF, DCM_VR_CS, 0, "BeamType", "1", "Beam Type" },
    { 0x300A00C5, 0xFFFFFFFF, DCM_VR_FD, 0, "BeamDeliveryDurationLimit", "1", "Beam Delivery Duration Limit" },
    { 0x300A00C6, 0xFFFFFFFF, DCM_VR_CS, 0, "RadiationType", "1", "Radiation Type" },
    { 0x300A00C7, 0xFFFFFFFF, DCM_VR_CS, 0, "HighDoseTechniqueType", "1", "High-Dose Technique Type" },
    { 0x300A00C8, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferenceImageNumber", "1", "Reference Image Number" },
    { 0x300A00CA, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlannedVerificationImageSequence", "1", "Planned Verification Image Sequence" },
    { 0x300A00CC, 0xFFFFFFFF, DCM_VR_LO, 0, "ImagingDeviceSpecificAcquisitionParameters", "1-n", "Imaging Device-Specific Acquisition Parameters" },
    { 0x300A00CE, 0xFFFFFFFF, DCM_VR_CS, 0, "TreatmentDeliveryType", "1", "Treatment Delivery Type" },
    { 0x300A00D0, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfWedges", "1", "Number of Wedges" },
    { 0x300A00D1, 0xFFFFFFFF, DCM_VR_SQ, 0, "WedgeSequence", "1", "Wedge Sequence" },
    { 0x300A00D2, 0xFFFFFFFF, DCM_VR_IS, 0, "WedgeNumber", "1", "Wedge Number" },
    { 0x300A00D3, 0xFFFFFFFF, DCM_VR_CS, 0, "WedgeType", "1", "Wedge Type" },
    { 0x300A00D4, 0xFFFFFFFF, DCM_VR_SH, 0, "WedgeID", "1", "Wedge ID" },
    { 0x300A00D5, 0xFFFFFFFF, DCM_VR_IS, 0, "WedgeAngle", "1", "Wedge Angle" },
    { 0x300A00D6, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeFactor", "1", "Wedge Factor" },
    { 0x300A00D7, 0xFFFFFFFF, DCM_VR_FL, 0, "TotalWedgeTrayWaterEquivalentThickness", "1", "Total Wedge Tray Water-Equivalent Thickness" },
    { 0x300A00D8, 0xFFFFFFFF, DCM_VR_DS, 0, "WedgeOrientation", "1", "Wedge Orientation" },
    { 0x300A00D9, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToWedgeTrayDistance", "1", "Isocenter to Wedge Tray Distance" },
    { 0x300A00DA, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceToWedgeTrayDistance", "1", "Source to Wedge Tray Distance" },
    { 0x300A00DB, 0xFFFFFFFF, DCM_VR_FL, 0, "WedgeThinEdgePosition", "1", "Wedge Thin Edge Position" },
    { 0x300A00DC, 0xFFFFFFFF, DCM_VR_SH, 0, "BolusID", "1", "Bolus ID" },
    { 0x300A00DD, 0xFFFFFFFF, DCM_VR_ST, 0, "BolusDescription", "1", "Bolus Description" },
    { 0x300A00DE, 0xFFFFFFFF, DCM_VR_DS, 0, "EffectiveWedgeAngle", "1", "Effective Wedge Angle" },
    { 0x300A00E0, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfCompensators", "1", "Number of Compensators" },
    { 0x300A00E1, 0xFFFFFFFF, DCM_VR_SH, 0, "MaterialID", "1", "Material ID" },
    { 0x300A00E2, 0xFFFFFFFF, DCM_VR_DS, 0, "TotalCompensatorTrayFactor", "1", "Total Compensator Tray Factor" },
    { 0x300A00E3, 0xFFFFFFFF, DCM_VR_SQ, 0, "CompensatorSequence", "1", "Compensator Sequence" },
    { 0x300A00E4, 0xFFFFFFFF, DCM_VR_IS, 0, "CompensatorNumber", "1", "Compensator Number" },
    { 0x300A00E5, 0xFFFFFFFF, DCM_VR_SH, 0, "CompensatorID", "1", "Compensator ID" },
    { 0x300A00E6, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceToCompensatorTrayDistance", "1", "Source to Compensator Tray Distance" },
    { 0x300A00E7, 0xFFFFFFFF, DCM_VR_IS, 0, "CompensatorRows", "1", "Compensator Rows" },
    { 0x300A00E8, 0xFFFFFFFF, DCM_VR_IS, 0, "CompensatorColumns", "1", "Compensator Columns" },
    { 0x300A00E9, 0xFFFFFFFF, DCM_VR_DS, 0, "CompensatorPixelSpacing", "2", "Compensator Pixel Spacing" },
    { 0x300A00EA, 0xFFFFFFFF, DCM_VR_DS, 0, "CompensatorPosition", "2", "Compensator Position" },
    { 0x300A00EB, 0xFFFFFFFF, DCM_VR_DS, 0, "CompensatorTransmissionData", "1-n", "Compensator Transmission Data" },
    { 0x300A00EC, 0xFFFFFFFF, DCM_VR_DS, 0, "CompensatorThicknessData", "1-n", "Compensator Thickness Data" },
    { 0x300A00ED, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfBoli", "1", "Number of Boli" },
    { 0x300A00EE, 0xFFFFFFFF, DCM_VR_CS, 0, "CompensatorType", "1", "Compensator Type" },
    { 0x300A00EF, 0xFFFFFFFF, DCM_VR_SH, 0, "CompensatorTrayID", "1", "Compensator Tray ID" },
    { 0x300A00F0, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfBlocks", "1", "Number of Blocks" },
    { 0x300A00F2, 0xFFFFFFFF, DCM_VR_DS, 0, "TotalBlockTrayFactor", "1", "Total Block Tray Factor" },
    { 0x300A00F3, 0xFFFFFFFF, DCM_VR_FL, 0, "TotalBlockTrayWaterEquivalentThickness", "1", "Total Block Tray Water-Equivalent Thickness" },
    { 0x300A00F4, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlockSequence", "1", "Block Sequence" },
    { 0x300A00F5, 0xFFFFFFFF, DCM_VR_SH, 0, "BlockTrayID", "1", "Block Tray ID" },
    { 0x300A00F6, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceToBlockTrayDistance", "1", "Source to Block Tray Distance" },
    { 0x300A00F7, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToBlockTrayDistance", "1", "Isocenter to Block Tray Distance" },
    { 0x300A00F8, 0xFFFFFFFF, DCM_VR_CS, 0, "BlockType", "1", "Block Type" },
    { 0x300A00F9, 0xFFFFFFFF, DCM_VR_LO, 0, "AccessoryCode", "1", "Accessory Code" },
    { 0x300A00FA, 0xFFFFFFFF, DCM_VR_CS, 0, "BlockDivergence", "1", "Block Divergence" },
    { 0x300A00FB, 0xFFFFFFFF, DCM_VR_CS, 0, "BlockMountingPosition", "1", "Block Mounting Position" },
    { 0x300A00FC, 0xFFFFFFFF, DCM_VR_IS, 0, "BlockNumber", "1", "Block Number" },
    { 0x300A00FE, 0xFFFFFFFF, DCM_VR_LO, 0, "BlockName", "1", "Block Name" },
    { 0x300A0100, 0xFFFFFFFF, DCM_VR_DS, 0, "BlockThickness", "1", "Block Thickness" },
    { 0x300A0102, 0xFFFFFFFF, DCM_VR_DS, 0, "BlockTransmission", "1", "Block Transmission" },
    { 0x300A0104, 0xFFFFFFFF, DCM_VR_IS, 0, "BlockNumberOfPoints", "1", "Block Number of Points" },
    { 0x300A0106, 0xFFFFFFFF, DCM_VR_DS, 0, "BlockData", "2-2n", "Block Data" },
    { 0x300A0107, 0xFFFFFFFF, DCM_VR_SQ, 0, "ApplicatorSequence", "1", "Applicator Sequence" },
    { 0x300A0108, 0xFFFFFFFF, DCM_VR_SH, 0, "ApplicatorID", "1", "Applicator ID" },
    { 0x300A0109, 0xFFFFFFFF, DCM_VR_CS, 0, "ApplicatorType", "1", "Applicator Type" },
    { 0x300A010A, 0xFFFFFFFF, DCM_VR_LO, 0, "ApplicatorDescription", "1", "Applicator Description" },
    { 0x300A010C, 0xFFFFFFFF, DCM_VR_DS, 0, "CumulativeDoseReferenceCoefficient", "1", "Cumulative Dose Reference Coefficient" },
    { 0x300A010E, 0xFFFFFFFF, DCM_VR_DS, 0, "FinalCumulativeMetersetWeight", "1", "Final Cumulative Meterset Weight" },
    { 0x300A0110, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfControlPoints", "1", "Number of Control Points" },
    { 0x300A0111, 0xFFFFFFFF, DCM_VR_SQ, 0, "ControlPointSequence", "1", "Control Point Sequence" },
    { 0x300A0112, 0xFFFFFFFF, DCM_VR_IS, 0, "ControlPointIndex", "1", "Control Point Index" },
    { 0x300A0114, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalBeamEnergy", "1", "Nominal Beam Energy" },
    { 0x300A0115, 0xFFFFFFFF, DCM_VR_DS, 0, "DoseRateSet", "1", "Dose Rate Set" },
    { 0x300A0116, 0xFFFFFFFF, DCM_VR_SQ, 0, "WedgePositionSequence", "1", "Wedge Position Sequence" },
    { 0x300A0118, 0xFFFFFFFF, DCM_VR_CS, 0, "WedgePosition", "1", "Wedge Position" },
    { 0x300A011A, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamLimitingDevicePositionSequence", "1", "Beam Limiting Device Position Sequence" },
    { 0x300A011C, 0xFFFFFFFF, DCM_VR_DS, 0, "LeafJawPositions", "2-2n", "Leaf/Jaw Positions" },
    { 0x300A011E, 0xFFFFFFFF, DCM_VR_DS, 0, "GantryAngle", "1", "Gantry Angle" },
    { 0x300A011F, 0xFFFFFFFF, DCM_VR_CS, 0, "GantryRotationDirection", "1", "Gantry Rotation Direction" },
    { 0x300A0120, 0xFFFFFFFF, DCM_VR_DS, 0, "BeamLimitingDeviceAngle", "1", "Beam Limiting Device Angle" },
    { 0x300A0121, 0xFFFFFFFF, DCM_VR_CS, 0, "BeamLimitingDeviceRotationDirection", "1", "Beam Limiting Device Rotation Direction" },
    { 0x300A0122, 0xFFFFFFFF, DCM_VR_DS, 0, "PatientSupportAngle", "1", "Patient Support Angle" },
    { 0x300A0123, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientSupportRotationDirection", "1", "Patient Support Rotation Direction" },
    { 0x300A0124, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopEccentricAxisDistance", "1", "Table Top Eccentric Axis Distance" },
    { 0x300A0125, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopEccentricAngle", "1", "Table Top Eccentric Angle" },
    { 0x300A0126, 0xFFFFFFFF, DCM_VR_CS, 0, "TableTopEccentricRotationDirection", "1", "Table Top Eccentric Rotation Direction" },
    { 0x300A0128, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopVerticalPosition", "1", "Table Top Vertical Position" },
    { 0x300A0129, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopLongitudinalPosition", "1", "Table Top Longitudinal Position" },
    { 0x300A012A, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopLateralPosition", "1", "Table Top Lateral Position" },
    { 0x300A012C, 0xFFFFFFFF, DCM_VR_DS, 0, "IsocenterPosition", "3", "Isocenter Position" },
    { 0x300A012E, 0xFFFFFFFF, DCM_VR_DS, 0, "SurfaceEntryPoint", "3", "Surface Entry Point" },
    { 0x300A0130, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceToSurfaceDistance", "1", "Source to Surface Distance" },
    { 0x300A0131, 0xFFFFFFFF, DCM_VR_FL, 0, "AverageBeamDosePointSourceToExternalContourDistance", "1", "Average Beam Dose Point Source to External Contour Distance" },
    { 0x300A0132, 0xFFFFFFFF, DCM_VR_FL, 0, "SourceToExternalContourDistance", "1", "Source to External Contour Distance" },
    { 0x300A0133, 0xFFFFFFFF, DCM_VR_FL, 0, "ExternalContourEntryPoint", "3", "External Contour Entry Point" },
    { 0x300A0134, 0xFFFFFFFF, DCM_VR_DS, 0, "CumulativeMetersetWeight", "1", "Cumulative Meterset Weight" },
    { 0x300A0140, 0xFFFFFFFF, DCM_VR_FL, 0, "TableTopPitchAngle", "1", "Table Top Pitch Angle" },
    { 0x300A0142, 0xFFFFFFFF, DCM_VR_CS, 0, "TableTopPitchRotationDirection", "1", "Table Top Pitch Rotation Direction" },
    { 0x300A0144, 0xFFFFFFFF, DCM_VR_FL, 0, "TableTopRollAngle", "1", "Table Top Roll Angle" },
    { 0x300A0146, 0xFFFFFFFF, DCM_VR_CS, 0, "TableTopRollRotationDirection", "1", "Table Top Roll Rotation Direction" },
    { 0x300A0148, 0xFFFFFFFF, DCM_VR_FL, 0, "HeadFixationAngle", "1", "Head Fixation Angle" },
    { 0x300A014A, 0xFFFFFFFF, DCM_VR_FL, 0, "GantryPitchAngle", "1", "Gantry Pitch Angle" },
    { 0x300A014C, 0xFFFFFFFF, DCM_VR_CS, 0, "GantryPitchRotationDirection", "1", "Gantry Pitch Rotation Direction" },
    { 0x300A014E, 0xFFFFFFFF, DCM_VR_FL, 0, "GantryPitchAngleTolerance", "1", "Gantry Pitch Angle Tolerance" },
    { 0x300A0150, 0xFFFFFFFF, DCM_VR_CS, 0, "FixationEye", "1", "Fixation Eye" },
    { 0x300A0151, 0xFFFFFFFF, DCM_VR_DS, 0, "ChairHeadFramePosition", "1", "Chair Head Frame Position" },
    { 0x300A0152, 0xFFFFFFFF, DCM_VR_DS, 0, "HeadFixationAngleTolerance", "1", "Head Fixation Angle Tolerance" },
    { 0x300A0153, 0xFFFFFFFF, DCM_VR_DS, 0, "ChairHeadFramePositionTolerance", "1", "Chair Head Frame Position Tolerance" },
    { 0x300A0154, 0xFFFFFFFF, DCM_VR_DS, 0, "FixationLightAzimuthalAngleTolerance", "1", "Fixation Light Azimuthal Angle Tolerance" },
    { 0x300A0155, 0xFFFFFFFF, DCM_VR_DS, 0, "FixationLightPolarAngleTolerance", "1", "Fixation Light Polar Angle Tolerance" },
    { 0x300A0180, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSetupSequence", "1", "Patient Setup Sequence" },
    { 0x300A0182, 0xFFFFFFFF, DCM_VR_IS, 0, "PatientSetupNumber", "1", "Patient Setup Number" },
    { 0x300A0183, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientSetupLabel", "1", "Patient Setup Label" },
    { 0x300A0184, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientAdditionalPosition", "1", "Patient Additional Position" },
    { 0x300A0190, 0xFFFFFFFF, DCM_VR_SQ, 0, "FixationDeviceSequence", "1", "Fixation Device Sequence" },
    { 0x300A0192, 0xFFFFFFFF, DCM_VR_CS, 0, "FixationDeviceType", "1", "Fixation Device Type" },
    { 0x300A0194, 0xFFFFFFFF, DCM_VR_SH, 0, "FixationDeviceLabel", "1", "Fixation Device Label" },
    { 0x300A0196, 0xFFFFFFFF, DCM_VR_ST, 0, "FixationDeviceDescription", "1", "Fixation Device Description" },
    { 0x300A0198, 0xFFFFFFFF, DCM_VR_SH, 0, "FixationDevicePosition", "1", "Fixation Device Position" },
    { 0x300A0199, 0xFFFFFFFF, DCM_VR_FL, 0, "FixationDevicePitchAngle", "1", "Fixation Device Pitch Angle" },
    { 0x300A019A, 0xFFFFFFFF, DCM_VR_FL, 0, "FixationDeviceRollAngle", "1", "Fixation Device Roll Angle" },
    { 0x300A01A0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ShieldingDeviceSequence", "1", "Shielding Device Sequence" },
    { 0x300A01A2, 0xFFFFFFFF, DCM_VR_CS, 0, "ShieldingDeviceType", "1", "Shielding Device Type" },
    { 0x300A01A4, 0xFFFFFFFF, DCM_VR_SH, 0, "ShieldingDeviceLabel", "1", "Shielding Device Label" },
    { 0x300A01A6, 0xFFFFFFFF, DCM_VR_ST, 0, "ShieldingDeviceDescription", "1", "Shielding Device Description" },
    { 0x300A01A8, 0xFFFFFFFF, DCM_VR_SH, 0, "ShieldingDevicePosition", "1", "Shielding Device Position" },
    { 0x300A01B0, 0xFFFFFFFF, DCM_VR_CS, 0, "SetupTechnique", "1", "Setup Technique" },
    { 0x300A01B2, 0xFFFFFFFF, DCM_VR_ST, 0, "SetupTechniqueDescription", "1", "Setup Technique Description" },
    { 0x300A01B4, 0xFFFFFFFF, DCM_VR_SQ, 0, "SetupDeviceSequence", "1", "Setup Device Sequence" },
    { 0x300A01B6, 0xFFFFFFFF, DCM_VR_CS, 0, "SetupDeviceType", "1", "Setup Device Type" },
    { 0x300A01B8, 0xFFFFFFFF, DCM_VR_SH, 0, "SetupDeviceLabel", "1", "Setup Device Label" },
    { 0x300A01BA, 0xFFFFFFFF, DCM_VR_ST, 0, "SetupDeviceDescription", "1", "Setup Device Description" },
    { 0x300A01BC, 0xFFFFFFFF, DCM_VR_DS, 0, "SetupDeviceParameter", "1", "Setup Device Parameter" },
    { 0x300A01D0, 0xFFFFFFFF, DCM_VR_ST, 0, "SetupReferenceDescription", "1", "Setup Reference Description" },
    { 0x300A01D2, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopVerticalSetupDisplacement", "1", "Table Top Vertical Setup Displacement" },
    { 0x300A01D4, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopLongitudinalSetupDisplacement", "1", "Table Top Longitudinal Setup Displacement" },
    { 0x300A01D6, 0xFFFFFFFF, DCM_VR_DS, 0, "TableTopLateralSetupDisplacement", "1", "Table Top Lateral Setup Displacement" },
    { 0x300A0200, 0xFFFFFFFF, DCM_VR_CS, 0, "BrachyTreatmentTechnique", "1", "Brachy Treatment Technique" },
    { 0x300A0202, 0xFFFFFFFF, DCM_VR_CS, 0, "BrachyTreatmentType", "1", "Brachy Treatment Type" },
    { 0x300A0206, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentMachineSequence", "1", "Treatment Machine Sequence" },
    { 0x300A0210, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceSequence", "1", "Source Sequence" },
    { 0x300A0212, 0xFFFFFFFF, DCM_VR_IS, 0, "SourceNumber", "1", "Source Number" },
    { 0x300A0214, 0xFFFFFFFF, DCM_VR_CS, 0, "SourceType", "1", "Source Type" },
    { 0x300A0216, 0xFFFFFFFF, DCM_VR_LO, 0, "SourceManufacturer", "1", "Source Manufacturer" },
    { 0x300A0218, 0xFFFFFFFF, DCM_VR_DS, 0, "ActiveSourceDiameter", "1", "Active Source Diameter" },
    { 0x300A021A, 0xFFFFFFFF, DCM_VR_DS, 0, "ActiveSourceLength", "1", "Active Source Length" },
    { 0x300A021B, 0xFFFFFFFF, DCM_VR_SH, 0, "SourceModelID", "1", "Source Model ID" },
    { 0x300A021C, 0xFFFFFFFF, DCM_VR_LO, 0, "SourceDescription", "1", "Source Description" },
    { 0x300A0222, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceEncapsulationNominalThickness", "1", "Source Encapsulation Nominal Thickness" },
    { 0x300A0224, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceEncapsulationNominalTransmission", "1", "Source Encapsulation Nominal Transmission" },
    { 0x300A0226, 0xFFFFFFFF, DCM_VR_LO, 0, "SourceIsotopeName", "1", "Source Isotope Name" },
    { 0x300A0228, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceIsotopeHalfLife", "1", "Source Isotope Half Life" },
    { 0x300A0229, 0xFFFFFFFF, DCM_VR_CS, 0, "SourceStrengthUnits", "1", "Source Strength Units" },
    { 0x300A022A, 0xFFFFFFFF, DCM_VR_DS, 0, "ReferenceAirKermaRate", "1", "Reference Air Kerma Rate" },
    { 0x300A022B, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceStrength", "1", "Source Strength" },
    { 0x300A022C, 0xFFFFFFFF, DCM_VR_DA, 0, "SourceStrengthReferenceDate", "1", "Source Strength Reference Date" },
    { 0x300A022E, 0xFFFFFFFF, DCM_VR_TM, 0, "SourceStrengthReferenceTime", "1", "Source Strength Reference Time" },
    { 0x300A0230, 0xFFFFFFFF, DCM_VR_SQ, 0, "ApplicationSetupSequence", "1", "Application Setup Sequence" },
    { 0x300A0232, 0xFFFFFFFF, DCM_VR_CS, 0, "ApplicationSetupType", "1", "Application Setup Type" },
    { 0x300A0234, 0xFFFFFFFF, DCM_VR_IS, 0, "ApplicationSetupNumber", "1", "Application Setup Number" },
    { 0x300A0236, 0xFFFFFFFF, DCM_VR_LO, 0, "ApplicationSetupName", "1", "Application Setup Name" },
    { 0x300A0238, 0xFFFFFFFF, DCM_VR_LO, 0, "ApplicationSetupManufacturer", "1", "Application Setup Manufacturer" },
    { 0x300A0240, 0xFFFFFFFF, DCM_VR_IS, 0, "TemplateNumber", "1", "Template Number" },
    { 0x300A0242, 0xFFFFFFFF, DCM_VR_SH, 0, "TemplateType", "1", "Template Type" },
    { 0x300A0244, 0xFFFFFFFF, DCM_VR_LO, 0, "TemplateName", "1", "Template Name" },
    { 0x300A0250, 0xFFFFFFFF, DCM_VR_DS, 0, "TotalReferenceAirKerma", "1", "Total Reference Air Kerma" },
    { 0x300A0260, 0xFFFFFFFF, DCM_VR_SQ, 0, "BrachyAccessoryDeviceSequence", "1", "Brachy Accessory Device Sequence" },
    { 0x300A0262, 0xFFFFFFFF, DCM_VR_IS, 0, "BrachyAccessoryDeviceNumber", "1", "Brachy Accessory Device Number" },
    { 0x300A0263, 0xFFFFFFFF, DCM_VR_SH, 0, "BrachyAccessoryDeviceID", "1", "Brachy Accessory Device ID" },
    { 0x300A0264, 0xFFFFFFFF, DCM_VR_CS, 0, "BrachyAccessoryDeviceType", "1", "Brachy Accessory Device Type" },
    { 0x300A0266, 0xFFFFFFFF, DCM_VR_LO, 0, "BrachyAccessoryDeviceName", "1", "Brachy Accessory Device Name" },
    { 0x300A026A, 0xFFFFFFFF, DCM_VR_DS, 0, "BrachyAccessoryDeviceNominalThickness", "1", "Brachy Accessory Device Nominal Thickness" },
    { 0x300A026C, 0xFFFFFFFF, DCM_VR_DS, 0, "BrachyAccessoryDeviceNominalTransmission", "1", "Brachy Accessory Device Nominal Transmission" },
    { 0x300A0271, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelEffectiveLength", "1", "Channel Effective Length" },
    { 0x300A0272, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelInnerLength", "1", "Channel Inner Length" },
    { 0x300A0273, 0xFFFFFFFF, DCM_VR_SH, 0, "AfterloaderChannelID", "1", "Afterloader Channel ID" },
    { 0x300A0274, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceApplicatorTipLength", "1", "Source Applicator Tip Length" },
    { 0x300A0280, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelSequence", "1", "Channel Sequence" },
    { 0x300A0282, 0xFFFFFFFF, DCM_VR_IS, 0, "ChannelNumber", "1", "Channel Number" },
    { 0x300A0284, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelLength", "1", "Channel Length" },
    { 0x300A0286, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelTotalTime", "1", "Channel Total Time" },
    { 0x300A0288, 0xFFFFFFFF, DCM_VR_CS, 0, "SourceMovementType", "1", "Source Movement Type" },
    { 0x300A028A, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfPulses", "1", "Number of Pulses" },
    { 0x300A028C, 0xFFFFFFFF, DCM_VR_DS, 0, "PulseRepetitionInterval", "1", "Pulse Repetition Interval" },
    { 0x300A0290, 0xFFFFFFFF, DCM_VR_IS, 0, "SourceApplicatorNumber", "1", "Source Applicator Number" },
    { 0x300A0291, 0xFFFFFFFF, DCM_VR_SH, 0, "SourceApplicatorID", "1", "Source Applicator ID" },
    { 0x300A0292, 0xFFFFFFFF, DCM_VR_CS, 0, "SourceApplicatorType", "1", "Source Applicator Type" },
    { 0x300A0294, 0xFFFFFFFF, DCM_VR_LO, 0, "SourceApplicatorName", "1", "Source Applicator Name" },
    { 0x300A0296, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceApplicatorLength", "1", "Source Applicator Length" },
    { 0x300A0298, 0xFFFFFFFF, DCM_VR_LO, 0, "SourceApplicatorManufacturer", "1", "Source Applicator Manufacturer" },
    { 0x300A029C, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceApplicatorWallNominalThickness", "1", "Source Applicator Wall Nominal Thickness" },
    { 0x300A029E, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceApplicatorWallNominalTransmission", "1", "Source Applicator Wall Nominal Transmission" },
    { 0x300A02A0, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceApplicatorStepSize", "1", "Source Applicator Step Size" },
    { 0x300A02A1, 0xFFFFFFFF, DCM_VR_IS, 0, "ApplicatorShapeReferencedROINumber", "1", "Applicator Shape Referenced ROI Number" },
    { 0x300A02A2, 0xFFFFFFFF, DCM_VR_IS, 0, "TransferTubeNumber", "1", "Transfer Tube Number" },
    { 0x300A02A4, 0xFFFFFFFF, DCM_VR_DS, 0, "TransferTubeLength", "1", "Transfer Tube Length" },
    { 0x300A02B0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ChannelShieldSequence", "1", "Channel Shield Sequence" },
    { 0x300A02B2, 0xFFFFFFFF, DCM_VR_IS, 0, "ChannelShieldNumber", "1", "Channel Shield Number" },
    { 0x300A02B3, 0xFFFFFFFF, DCM_VR_SH, 0, "ChannelShieldID", "1", "Channel Shield ID" },
    { 0x300A02B4, 0xFFFFFFFF, DCM_VR_LO, 0, "ChannelShieldName", "1", "Channel Shield Name" },
    { 0x300A02B8, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelShieldNominalThickness", "1", "Channel Shield Nominal Thickness" },
    { 0x300A02BA, 0xFFFFFFFF, DCM_VR_DS, 0, "ChannelShieldNominalTransmission", "1", "Channel Shield Nominal Transmission" },
    { 0x300A02C8, 0xFFFFFFFF, DCM_VR_DS, 0, "FinalCumulativeTimeWeight", "1", "Final Cumulative Time Weight" },
    { 0x300A02D0, 0xFFFFFFFF, DCM_VR_SQ, 0, "BrachyControlPointSequence", "1", "Brachy Control Point Sequence" },
    { 0x300A02D2, 0xFFFFFFFF, DCM_VR_DS, 0, "ControlPointRelativePosition", "1", "Control Point Relative Position" },
    { 0x300A02D4, 0xFFFFFFFF, DCM_VR_DS, 0, "ControlPoint3DPosition", "3", "Control Point 3D Position" },
    { 0x300A02D6, 0xFFFFFFFF, DCM_VR_DS, 0, "CumulativeTimeWeight", "1", "Cumulative Time Weight" },
    { 0x300A02E0, 0xFFFFFFFF, DCM_VR_CS, 0, "CompensatorDivergence", "1", "Compensator Divergence" },
    { 0x300A02E1, 0xFFFFFFFF, DCM_VR_CS, 0, "CompensatorMountingPosition", "1", "Compensator Mounting Position" },
    { 0x300A02E2, 0xFFFFFFFF, DCM_VR_DS, 0, "SourceToCompensatorDistance", "1-n", "Source to Compensator Distance" },
    { 0x300A02E3, 0xFFFFFFFF, DCM_VR_FL, 0, "TotalCompensatorTrayWaterEquivalentThickness", "1", "Total Compensator Tray Water-Equivalent Thickness" },
    { 0x300A02E4, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToCompensatorTrayDistance", "1", "Isocenter to Compensator Tray Distance" },
    { 0x300A02E5, 0xFFFFFFFF, DCM_VR_FL, 0, "CompensatorColumnOffset", "1", "Compensator Column Offset" },
    { 0x300A02E6, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToCompensatorDistances", "1-n", "Isocenter to Compensator Distances" },
    { 0x300A02E7, 0xFFFFFFFF, DCM_VR_FL, 0, "CompensatorRelativeStoppingPowerRatio", "1", "Compensator Relative Stopping Power Ratio" },
    { 0x300A02E8, 0xFFFFFFFF, DCM_VR_FL, 0, "CompensatorMillingToolDiameter", "1", "Compensator Milling Tool Diameter" },
    { 0x300A02EA, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonRangeCompensatorSequence", "1", "Ion Range Compensator Sequence" },
    { 0x300A02EB, 0xFFFFFFFF, DCM_VR_LT, 0, "CompensatorDescription", "1", "Compensator Description" },
    { 0x300A0302, 0xFFFFFFFF, DCM_VR_IS, 0, "RadiationMassNumber", "1", "Radiation Mass Number" },
    { 0x300A0304, 0xFFFFFFFF, DCM_VR_IS, 0, "RadiationAtomicNumber", "1", "Radiation Atomic Number" },
    { 0x300A0306, 0xFFFFFFFF, DCM_VR_SS, 0, "RadiationChargeState", "1", "Radiation Charge State" },
    { 0x300A0308, 0xFFFFFFFF, DCM_VR_CS, 0, "ScanMode", "1", "Scan Mode" },
    { 0x300A0309, 0xFFFFFFFF, DCM_VR_CS, 0, "ModulatedScanModeType", "1", "Modulated Scan Mode Type" },
    { 0x300A030A, 0xFFFFFFFF, DCM_VR_FL, 0, "VirtualSourceAxisDistances", "2", "Virtual Source-Axis Distances" },
    { 0x300A030C, 0xFFFFFFFF, DCM_VR_SQ, 0, "SnoutSequence", "1", "Snout Sequence" },
    { 0x300A030D, 0xFFFFFFFF, DCM_VR_FL, 0, "SnoutPosition", "1", "Snout Position" },
    { 0x300A030F, 0xFFFFFFFF, DCM_VR_SH, 0, "SnoutID", "1", "Snout ID" },
    { 0x300A0312, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfRangeShifters", "1", "Number of Range Shifters" },
    { 0x300A0314, 0xFFFFFFFF, DCM_VR_SQ, 0, "RangeShifterSequence", "1", "Range Shifter Sequence" },
    { 0x300A0316, 0xFFFFFFFF, DCM_VR_IS, 0, "RangeShifterNumber", "1", "Range Shifter Number" },
    { 0x300A0318, 0xFFFFFFFF, DCM_VR_SH, 0, "RangeShifterID", "1", "Range Shifter ID" },
    { 0x300A0320, 0xFFFFFFFF, DCM_VR_CS, 0, "RangeShifterType", "1", "Range Shifter Type" },
    { 0x300A0322, 0xFFFFFFFF, DCM_VR_LO, 0, "RangeShifterDescription", "1", "Range Shifter Description" },
    { 0x300A0330, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfLateralSpreadingDevices", "1", "Number of Lateral Spreading Devices" },
    { 0x300A0332, 0xFFFFFFFF, DCM_VR_SQ, 0, "LateralSpreadingDeviceSequence", "1", "Lateral Spreading Device Sequence" },
    { 0x300A0334, 0xFFFFFFFF, DCM_VR_IS, 0, "LateralSpreadingDeviceNumber", "1", "Lateral Spreading Device Number" },
    { 0x300A0336, 0xFFFFFFFF, DCM_VR_SH, 0, "LateralSpreadingDeviceID", "1", "Lateral Spreading Device ID" },
    { 0x300A0338, 0xFFFFFFFF, DCM_VR_CS, 0, "LateralSpreadingDeviceType", "1", "Lateral Spreading Device Type" },
    { 0x300A033A, 0xFFFFFFFF, DCM_VR_LO, 0, "LateralSpreadingDeviceDescription", "1", "Lateral Spreading Device Description" },
    { 0x300A033C, 0xFFFFFFFF, DCM_VR_FL, 0, "LateralSpreadingDeviceWaterEquivalentThickness", "1", "Lateral Spreading Device Water Equivalent Thickness" },
    { 0x300A0340, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfRangeModulators", "1", "Number of Range Modulators" },
    { 0x300A0342, 0xFFFFFFFF, DCM_VR_SQ, 0, "RangeModulatorSequence", "1", "Range Modulator Sequence" },
    { 0x300A0344, 0xFFFFFFFF, DCM_VR_IS, 0, "RangeModulatorNumber", "1", "Range Modulator Number" },
    { 0x300A0346, 0xFFFFFFFF, DCM_VR_SH, 0, "RangeModulatorID", "1", "Range Modulator ID" },
    { 0x300A0348, 0xFFFFFFFF, DCM_VR_CS, 0, "RangeModulatorType", "1", "Range Modulator Type" },
    { 0x300A034A, 0xFFFFFFFF, DCM_VR_LO, 0, "RangeModulatorDescription", "1", "Range Modulator Description" },
    { 0x300A034C, 0xFFFFFFFF, DCM_VR_SH, 0, "BeamCurrentModulationID", "1", "Beam Current Modulation ID" },
    { 0x300A0350, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientSupportType", "1", "Patient Support Type" },
    { 0x300A0352, 0xFFFFFFFF, DCM_VR_SH, 0, "PatientSupportID", "1", "Patient Support ID" },
    { 0x300A0354, 0xFFFFFFFF, DCM_VR_LO, 0, "PatientSupportAccessoryCode", "1", "Patient Support Accessory Code" },
    { 0x300A0355, 0xFFFFFFFF, DCM_VR_LO, 0, "TrayAccessoryCode", "1", "Tray Accessory Code" },
    { 0x300A0356, 0xFFFFFFFF, DCM_VR_FL, 0, "FixationLightAzimuthalAngle", "1", "Fixation Light Azimuthal Angle" },
    { 0x300A0358, 0xFFFFFFFF, DCM_VR_FL, 0, "FixationLightPolarAngle", "1", "Fixation Light Polar Angle" },
    { 0x300A035A, 0xFFFFFFFF, DCM_VR_FL, 0, "MetersetRate", "1", "Meterset Rate" },
    { 0x300A0360, 0xFFFFFFFF, DCM_VR_SQ, 0, "RangeShifterSettingsSequence", "1", "Range Shifter Settings Sequence" },
    { 0x300A0362, 0xFFFFFFFF, DCM_VR_LO, 0, "RangeShifterSetting", "1", "Range Shifter Setting" },
    { 0x300A0364, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToRangeShifterDistance", "1", "Isocenter to Range Shifter Distance" },
    { 0x300A0366, 0xFFFFFFFF, DCM_VR_FL, 0, "RangeShifterWaterEquivalentThickness", "1", "Range Shifter Water Equivalent Thickness" },
    { 0x300A0370, 0xFFFFFFFF, DCM_VR_SQ, 0, "LateralSpreadingDeviceSettingsSequence", "1", "Lateral Spreading Device Settings Sequence" },
    { 0x300A0372, 0xFFFFFFFF, DCM_VR_LO, 0, "LateralSpreadingDeviceSetting", "1", "Lateral Spreading Device Setting" },
    { 0x300A0374, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToLateralSpreadingDeviceDistance", "1", "Isocenter to Lateral Spreading Device Distance" },
    { 0x300A0380, 0xFFFFFFFF, DCM_VR_SQ, 0, "RangeModulatorSettingsSequence", "1", "Range Modulator Settings Sequence" },
    { 0x300A0382, 0xFFFFFFFF, DCM_VR_FL, 0, "RangeModulatorGatingStartValue", "1", "Range Modulator Gating Start Value" },
    { 0x300A0384, 0xFFFFFFFF, DCM_VR_FL, 0, "RangeModulatorGatingStopValue", "1", "Range Modulator Gating Stop Value" },
    { 0x300A0386, 0xFFFFFFFF, DCM_VR_FL, 0, "RangeModulatorGatingStartWaterEquivalentThickness", "1", "Range Modulator Gating Start Water Equivalent Thickness" },
    { 0x300A0388, 0xFFFFFFFF, DCM_VR_FL, 0, "RangeModulatorGatingStopWaterEquivalentThickness", "1", "Range Modulator Gating Stop Water Equivalent Thickness" },
    { 0x300A038A, 0xFFFFFFFF, DCM_VR_FL, 0, "IsocenterToRangeModulatorDistance", "1", "Isocenter to Range Modulator Distance" },
    { 0x300A038F, 0xFFFFFFFF, DCM_VR_FL, 0, "ScanSpotTimeOffset", "1-n", "Scan Spot Time Offset" },
    { 0x300A0390, 0xFFFFFFFF, DCM_VR_SH, 0, "ScanSpotTuneID", "1", "Scan Spot Tune ID" },
    { 0x300A0391, 0xFFFFFFFF, DCM_VR_IS, 0, "ScanSpotPrescribedIndices", "1-n", "Scan Spot Prescribed Indices" },
    { 0x300A0392, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfScanSpotPositions", "1", "Number of Scan Spot Positions" },
    { 0x300A0393, 0xFFFFFFFF, DCM_VR_CS, 0, "ScanSpotReordered", "1", "Scan Spot Reordered" },
    { 0x300A0394, 0xFFFFFFFF, DCM_VR_FL, 0, "ScanSpotPositionMap", "1-n", "Scan Spot Position Map" },
    { 0x300A0395, 0xFFFFFFFF, DCM_VR_CS, 0, "ScanSpotReorderingAllowed", "1", "Scan Spot Reordering Allowed" },
    { 0x300A0396, 0xFFFFFFFF, DCM_VR_FL, 0, "ScanSpotMetersetWeights", "1-n", "Scan Spot Meterset Weights" },
    { 0x300A0398, 0xFFFFFFFF, DCM_VR_FL, 0, "ScanningSpotSize", "2", "Scanning Spot Size" },
    { 0x300A0399, 0xFFFFFFFF, DCM_VR_FL, 0, "ScanSpotSizesDelivered", "2-2n", "Scan Spot Sizes Delivered" },
    { 0x300A039A, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfPaintings", "1", "Number of Paintings" },
    { 0x300A03A0, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonToleranceTableSequence", "1", "Ion Tolerance Table Sequence" },
    { 0x300A03A2, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonBeamSequence", "1", "Ion Beam Sequence" },
    { 0x300A03A4, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonBeamLimitingDeviceSequence", "1", "Ion Beam Limiting Device Sequence" },
    { 0x300A03A6, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonBlockSequence", "1", "Ion Block Sequence" },
    { 0x300A03A8, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonControlPointSequence", "1", "Ion Control Point Sequence" },
    { 0x300A03AA, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonWedgeSequence", "1", "Ion Wedge Sequence" },
    { 0x300A03AC, 0xFFFFFFFF, DCM_VR_SQ, 0, "IonWedgePositionSequence", "1", "Ion Wedge Position Sequence" },
    { 0x300A0401, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedSetupImageSequence", "1", "Referenced Setup Image Sequence" },
    { 0x300A0402, 0xFFFFFFFF, DCM_VR_ST, 0, "SetupImageComment", "1", "Setup Image Comment" },
    { 0x300A0410, 0xFFFFFFFF, DCM_VR_SQ, 0, "MotionSynchronizationSequence", "1", "Motion Synchronization Sequence" },
    { 0x300A0412, 0xFFFFFFFF, DCM_VR_FL, 0, "ControlPointOrientation", "3", "Control Point Orientation" },
    { 0x300A0420, 0xFFFFFFFF, DCM_VR_SQ, 0, "GeneralAccessorySequence", "1", "General Accessory Sequence" },
    { 0x300A0421, 0xFFFFFFFF, DCM_VR_SH, 0, "GeneralAccessoryID", "1", "General Accessory ID" },
    { 0x300A0422, 0xFFFFFFFF, DCM_VR_ST, 0, "GeneralAccessoryDescription", "1", "General Accessory Description" },
    { 0x300A0423, 0xFFFFFFFF, DCM_VR_CS, 0, "GeneralAccessoryType", "1", "General Accessory Type" },
    { 0x300A0424, 0xFFFFFFFF, DCM_VR_IS, 0, "GeneralAccessoryNumber", "1", "General Accessory Number" },
    { 0x300A0425, 0xFFFFFFFF, DCM_VR_FL, 0, "SourceToGeneralAccessoryDistance", "1", "Source to General Accessory Distance" },
    { 0x300A0426, 0xFFFFFFFF, DCM_VR_DS, 0, "IsocenterToGeneralAccessoryDistance", "1", "Isocenter to General Accessory Distance" },
    { 0x300A0431, 0xFFFFFFFF, DCM_VR_SQ, 0, "ApplicatorGeometrySequence", "1", "Applicator Geometry Sequence" },
    { 0x300A0432, 0xFFFFFFFF, DCM_VR_CS, 0, "ApplicatorApertureShape", "1", "Applicator Aperture Shape" },
    { 0x300A0433, 0xFFFFFFFF, DCM_VR_FL, 0, "ApplicatorOpening", "1", "Applicator Opening" },
    { 0x300A0434, 0xFFFFFFFF, DCM_VR_FL, 0, "ApplicatorOpeningX", "1", "Applicator Opening X" },
    { 0x300A0435, 0xFFFFFFFF, DCM_VR_FL, 0, "ApplicatorOpeningY", "1", "Applicator Opening Y" },
    { 0x300A0436, 0xFFFFFFFF, DCM_VR_FL, 0, "SourceToApplicatorMountingPositionDistance", "1", "Source to Applicator Mounting Position Distance" },
    { 0x300A0440, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfBlockSlabItems", "1", "Number of Block Slab Items" },
    { 0x300A0441, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlockSlabSequence", "1", "Block Slab Sequence" },
    { 0x300A0442, 0xFFFFFFFF, DCM_VR_DS, 0, "BlockSlabThickness", "1", "Block Slab Thickness" },
    { 0x300A0443, 0xFFFFFFFF, DCM_VR_US, 0, "BlockSlabNumber", "1", "Block Slab Number" },
    { 0x300A0450, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeviceMotionControlSequence", "1", "Device Motion Control Sequence" },
    { 0x300A0451, 0xFFFFFFFF, DCM_VR_CS, 0, "DeviceMotionExecutionMode", "1", "Device Motion Execution Mode" },
    { 0x300A0452, 0xFFFFFFFF, DCM_VR_CS, 0, "DeviceMotionObservationMode", "1", "Device Motion Observation Mode" },
    { 0x300A0453, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeviceMotionParameterCodeSequence", "1", "Device Motion Parameter Code Sequence" },
    { 0x300A0501, 0xFFFFFFFF, DCM_VR_FL, 0, "DistalDepthFraction", "1", "Distal Depth Fraction" },
    { 0x300A0502, 0xFFFFFFFF, DCM_VR_FL, 0, "DistalDepth", "1", "Distal Depth" },
    { 0x300A0503, 0xFFFFFFFF, DCM_VR_FL, 0, "NominalRangeModulationFractions", "2", "Nominal Range Modulation Fractions" },
    { 0x300A0504, 0xFFFFFFFF, DCM_VR_FL, 0, "NominalRangeModulatedRegionDepths", "2", "Nominal Range Modulated Region Depths" },
    { 0x300A0505, 0xFFFFFFFF, DCM_VR_SQ, 0, "DepthDoseParametersSequence", "1", "Depth Dose Parameters Sequence" },
    { 0x300A0506, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeliveredDepthDoseParametersSequence", "1", "Delivered Depth Dose Parameters Sequence" },
    { 0x300A0507, 0xFFFFFFFF, DCM_VR_FL, 0, "DeliveredDistalDepthFraction", "1", "Delivered Distal Depth Fraction" },
    { 0x300A0508, 0xFFFFFFFF, DCM_VR_FL, 0, "DeliveredDistalDepth", "1", "Delivered Distal Depth" },
    { 0x300A0509, 0xFFFFFFFF, DCM_VR_FL, 0, "DeliveredNominalRangeModulationFractions", "2", "Delivered Nominal Range Modulation Fractions" },
    { 0x300A0510, 0xFFFFFFFF, DCM_VR_FL, 0, "DeliveredNominalRangeModulatedRegionDepths", "2", "Delivered Nominal Range Modulated Region Depths" },
    { 0x300A0511, 0xFFFFFFFF, DCM_VR_CS, 0, "DeliveredReferenceDoseDefinition", "1", "Delivered Reference Dose Definition" },
    { 0x300A0512, 0xFFFFFFFF, DCM_VR_CS, 0, "ReferenceDoseDefinition", "1", "Reference Dose Definition" },
    { 0x300A0600, 0xFFFFFFFF, DCM_VR_US, 0, "RTControlPointIndex", "1", "RT Control Point Index" },
    { 0x300A0601, 0xFFFFFFFF, DCM_VR_US, 0, "RadiationGenerationModeIndex", "1", "Radiation Generation Mode Index" },
    { 0x300A0602, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedDefinedDeviceIndex", "1", "Referenced Defined Device Index" },
    { 0x300A0603, 0xFFFFFFFF, DCM_VR_US, 0, "RadiationDoseIdentificationIndex", "1", "Radiation Dose Identification Index" },
    { 0x300A0604, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRTControlPoints", "1", "Number of RT Control Points" },
    { 0x300A0605, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedRadiationGenerationModeIndex", "1", "Referenced Radiation Generation Mode Index" },
    { 0x300A0606, 0xFFFFFFFF, DCM_VR_US, 0, "TreatmentPositionIndex", "1", "Treatment Position Index" },
    { 0x300A0607, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedDeviceIndex", "1", "Referenced Device Index" },
    { 0x300A0608, 0xFFFFFFFF, DCM_VR_LO, 0, "TreatmentPositionGroupLabel", "1", "Treatment Position Group Label" },
    { 0x300A0609, 0xFFFFFFFF, DCM_VR_UI, 0, "TreatmentPositionGroupUID", "1", "Treatment Position Group UID" },
    { 0x300A060A, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentPositionGroupSequence", "1", "Treatment Position Group Sequence" },
    { 0x300A060B, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedTreatmentPositionIndex", "1", "Referenced Treatment Position Index" },
    { 0x300A060C, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedRadiationDoseIdentificationIndex", "1", "Referenced Radiation Dose Identification Index" },
    { 0x300A060D, 0xFFFFFFFF, DCM_VR_FD, 0, "RTAccessoryHolderWaterEquivalentThickness", "1", "RT Accessory Holder Water-Equivalent Thickness" },
    { 0x300A060E, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedRTAccessoryHolderDeviceIndex", "1", "Referenced RT Accessory Holder Device Index" },
    { 0x300A060F, 0xFFFFFFFF, DCM_VR_CS, 0, "RTAccessoryHolderSlotExistenceFlag", "1", "RT Accessory Holder Slot Existence Flag" },
    { 0x300A0610, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTAccessoryHolderSlotSequence", "1", "RT Accessory Holder Slot Sequence" },
    { 0x300A0611, 0xFFFFFFFF, DCM_VR_LO, 0, "RTAccessoryHolderSlotID", "1", "RT Accessory Holder Slot ID" },
    { 0x300A0612, 0xFFFFFFFF, DCM_VR_FD, 0, "RTAccessoryHolderSlotDistance", "1", "RT Accessory Holder Slot Distance" },
    { 0x300A0613, 0xFFFFFFFF, DCM_VR_FD, 0, "RTAccessorySlotDistance", "1", "RT Accessory Slot Distance" },
    { 0x300A0614, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTAccessoryHolderDefinitionSequence", "1", "RT Accessory Holder Definition Sequence" },
    { 0x300A0615, 0xFFFFFFFF, DCM_VR_LO, 0, "RTAccessoryDeviceSlotID", "1", "RT Accessory Device Slot ID" },
    { 0x300A0616, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTRadiationSequence", "1", "RT Radiation Sequence" },
    { 0x300A0617, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationDoseSequence", "1", "Radiation Dose Sequence" },
    { 0x300A0618, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationDoseIdentificationSequence", "1", "Radiation Dose Identification Sequence" },
    { 0x300A0619, 0xFFFFFFFF, DCM_VR_LO, 0, "RadiationDoseIdentificationLabel", "1", "Radiation Dose Identification Label" },
    { 0x300A061A, 0xFFFFFFFF, DCM_VR_CS, 0, "ReferenceDoseType", "1", "Reference Dose Type" },
    { 0x300A061B, 0xFFFFFFFF, DCM_VR_CS, 0, "PrimaryDoseValueIndicator", "1", "Primary Dose Value Indicator" },
    { 0x300A061C, 0xFFFFFFFF, DCM_VR_SQ, 0, "DoseValuesSequence", "1", "Dose Values Sequence" },
    { 0x300A061D, 0xFFFFFFFF, DCM_VR_CS, 0, "DoseValuePurpose", "1-n", "Dose Value Purpose" },
    { 0x300A061E, 0xFFFFFFFF, DCM_VR_FD, 0, "ReferenceDosePointCoordinates", "3", "Reference Dose Point Coordinates" },
    { 0x300A061F, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationDoseValuesParametersSequence", "1", "Radiation Dose Values Parameters Sequence" },
    { 0x300A0620, 0xFFFFFFFF, DCM_VR_SQ, 0, "MetersetToDoseMappingSequence", "1", "Meterset to Dose Mapping Sequence" },
    { 0x300A0621, 0xFFFFFFFF, DCM_VR_SQ, 0, "ExpectedInVivoMeasurementValuesSequence", "1", "Expected In-Vivo Measurement Values Sequence" },
    { 0x300A0622, 0xFFFFFFFF, DCM_VR_US, 0, "ExpectedInVivoMeasurementValueIndex", "1", "Expected In-Vivo Measurement Value Index" },
    { 0x300A0623, 0xFFFFFFFF, DCM_VR_LO, 0, "RadiationDoseInVivoMeasurementLabel", "1", "Radiation Dose In-Vivo Measurement Label" },
    { 0x300A0624, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationDoseCentralAxisDisplacement", "2", "Radiation Dose Central Axis Displacement" },
    { 0x300A0625, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationDoseValue", "1", "Radiation Dose Value" },
    { 0x300A0626, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationDoseSourceToSkinDistance", "1", "Radiation Dose Source to Skin Distance" },
    { 0x300A0627, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationDoseMeasurementPointCoordinates", "3", "Radiation Dose Measurement Point Coordinates" },
    { 0x300A0628, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationDoseSourceToExternalContourDistance", "1", "Radiation Dose Source to External Contour Distance" },
    { 0x300A0629, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTToleranceSetSequence", "1", "RT Tolerance Set Sequence" },
    { 0x300A062A, 0xFFFFFFFF, DCM_VR_LO, 0, "RTToleranceSetLabel", "1", "RT Tolerance Set Label" },
    { 0x300A062B, 0xFFFFFFFF, DCM_VR_SQ, 0, "AttributeToleranceValuesSequence", "1", "Attribute Tolerance Values Sequence" },
    { 0x300A062C, 0xFFFFFFFF, DCM_VR_FD, 0, "ToleranceValue", "1", "Tolerance Value" },
    { 0x300A062D, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSupportPositionToleranceSequence", "1", "Patient Support Position Tolerance Sequence" },
    { 0x300A062E, 0xFFFFFFFF, DCM_VR_FD, 0, "TreatmentTimeLimit", "1", "Treatment Time Limit" },
    { 0x300A062F, 0xFFFFFFFF, DCM_VR_SQ, 0, "CArmPhotonElectronControlPointSequence", "1", "C-Arm Photon-Electron Control Point Sequence" },
    { 0x300A0630, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTRadiationSequence", "1", "Referenced RT Radiation Sequence" },
    { 0x300A0631, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTInstanceSequence", "1", "Referenced RT Instance Sequence" },
    { 0x300A0632, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedRTPatientSetupSequence", "1", "Referenced RT Patient Setup Sequence" },
    { 0x300A0634, 0xFFFFFFFF, DCM_VR_FD, 0, "SourceToPatientSurfaceDistance", "1", "Source to Patient Surface Distance" },
    { 0x300A0635, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentMachineSpecialModeCodeSequence", "1", "Treatment Machine Special Mode Code Sequence" },
    { 0x300A0636, 0xFFFFFFFF, DCM_VR_US, 0, "IntendedNumberOfFractions", "1", "Intended Number of Fractions" },
    { 0x300A0637, 0xFFFFFFFF, DCM_VR_CS, 0, "RTRadiationSetIntent", "1", "RT Radiation Set Intent" },
    { 0x300A0638, 0xFFFFFFFF, DCM_VR_CS, 0, "RTRadiationPhysicalAndGeometricContentDetailFlag", "1", "RT Radiation Physical and Geometric Content Detail Flag" },
    { 0x300A0639, 0xFFFFFFFF, DCM_VR_CS, 0, "RTRecordFlag", "1", "RT Record Flag" },
    { 0x300A063A, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentDeviceIdentificationSequence", "1", "Treatment Device Identification Sequence" },
    { 0x300A063B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTPhysicianIntentSequence", "1", "Referenced RT Physician Intent Sequence" },
    { 0x300A063C, 0xFFFFFFFF, DCM_VR_FD, 0, "CumulativeMeterset", "1", "Cumulative Meterset" },
    { 0x300A063D, 0xFFFFFFFF, DCM_VR_FD, 0, "DeliveryRate", "1", "Delivery Rate" },
    { 0x300A063E, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeliveryRateUnitSequence", "1", "Delivery Rate Unit Sequence" },
    { 0x300A063F, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentPositionSequence", "1", "Treatment Position Sequence" },
    { 0x300A0640, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationSourceAxisDistance", "1", "Radiation Source-Axis Distance" },
    { 0x300A0641, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRTBeamLimitingDevices", "1", "Number of RT Beam Limiting Devices" },
    { 0x300A0642, 0xFFFFFFFF, DCM_VR_FD, 0, "RTBeamLimitingDeviceProximalDistance", "1", "RT Beam Limiting Device Proximal Distance" },
    { 0x300A0643, 0xFFFFFFFF, DCM_VR_FD, 0, "RTBeamLimitingDeviceDistalDistance", "1", "RT Beam Limiting Device Distal Distance" },
    { 0x300A0644, 0xFFFFFFFF, DCM_VR_SQ, 0, "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence", "1", "Parallel RT Beam Delimiter Device Orientation Label Code Sequence" },
    { 0x300A0645, 0xFFFFFFFF, DCM_VR_FD, 0, "BeamModifierOrientationAngle", "1", "Beam Modifier Orientation Angle" },
    { 0x300A0646, 0xFFFFFFFF, DCM_VR_SQ, 0, "FixedRTBeamDelimiterDeviceSequence", "1", "Fixed RT Beam Delimiter Device Sequence" },
    { 0x300A0647, 0xFFFFFFFF, DCM_VR_SQ, 0, "ParallelRTBeamDelimiterDeviceSequence", "1", "Parallel RT Beam Delimiter Device Sequence" },
    { 0x300A0648, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfParallelRTBeamDelimiters", "1", "Number of Parallel RT Beam Delimiters" },
    { 0x300A0649, 0xFFFFFFFF, DCM_VR_FD, 0, "ParallelRTBeamDelimiterBoundaries", "2-n", "Parallel RT Beam Delimiter Boundaries" },
    { 0x300A064A, 0xFFFFFFFF, DCM_VR_FD, 0, "ParallelRTBeamDelimiterPositions", "2-n", "Parallel RT Beam Delimiter Positions" },
    { 0x300A064B, 0xFFFFFFFF, DCM_VR_FD, 0, "RTBeamLimitingDeviceOffset", "2", "RT Beam Limiting Device Offset" },
    { 0x300A064C, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTBeamDelimiterGeometrySequence", "1", "RT Beam Delimiter Geometry Sequence" },
    { 0x300A064D, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTBeamLimitingDeviceDefinitionSequence", "1", "RT Beam Limiting Device Definition Sequence" },
    { 0x300A064E, 0xFFFFFFFF, DCM_VR_CS, 0, "ParallelRTBeamDelimiterOpeningMode", "1", "Parallel RT Beam Delimiter Opening Mode" },
    { 0x300A064F, 0xFFFFFFFF, DCM_VR_CS, 0, "ParallelRTBeamDelimiterLeafMountingSide", "1-n", "Parallel RT Beam Delimiter Leaf Mounting Side" },
    { 0x300A0650, 0xFFFFFFFF, DCM_VR_UI, 1, "PatientSetupUID", "1", "Patient Setup UID" },
    { 0x300A0651, 0xFFFFFFFF, DCM_VR_SQ, 0, "WedgeDefinitionSequence", "1", "Wedge Definition Sequence" },
    { 0x300A0652, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationBeamWedgeAngle", "1", "Radiation Beam Wedge Angle" },
    { 0x300A0653, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationBeamWedgeThinEdgeDistance", "1", "Radiation Beam Wedge Thin Edge Distance" },
    { 0x300A0654, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationBeamEffectiveWedgeAngle", "1", "Radiation Beam Effective Wedge Angle" },
    { 0x300A0655, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfWedgePositions", "1", "Number of Wedge Positions" },
    { 0x300A0656, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTBeamLimitingDeviceOpeningSequence", "1", "RT Beam Limiting Device Opening Sequence" },
    { 0x300A0657, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRTBeamLimitingDeviceOpenings", "1", "Number of RT Beam Limiting Device Openings" },
    { 0x300A0658, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationDosimeterUnitSequence", "1", "Radiation Dosimeter Unit Sequence" },
    { 0x300A0659, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTDeviceDistanceReferenceLocationCodeSequence", "1", "RT Device Distance Reference Location Code Sequence" },
    { 0x300A065A, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationDeviceConfigurationAndCommissioningKeySequence", "1", "Radiation Device Configuration and Commissioning Key Sequence" },
    { 0x300A065B, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSupportPositionParameterSequence", "1", "Patient Support Position Parameter Sequence" },
    { 0x300A065C, 0xFFFFFFFF, DCM_VR_CS, 0, "PatientSupportPositionSpecificationMethod", "1", "Patient Support Position Specification Method" },
    { 0x300A065D, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSupportPositionDeviceParameterSequence", "1", "Patient Support Position Device Parameter Sequence" },
    { 0x300A065E, 0xFFFFFFFF, DCM_VR_US, 0, "DeviceOrderIndex", "1", "Device Order Index" },
    { 0x300A065F, 0xFFFFFFFF, DCM_VR_US, 0, "PatientSupportPositionParameterOrderIndex", "1", "Patient Support Position Parameter Order Index" },
    { 0x300A0660, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSupportPositionDeviceToleranceSequence", "1", "Patient Support Position Device Tolerance Sequence" },
    { 0x300A0661, 0xFFFFFFFF, DCM_VR_US, 0, "PatientSupportPositionToleranceOrderIndex", "1", "Patient Support Position Tolerance Order Index" },
    { 0x300A0662, 0xFFFFFFFF, DCM_VR_SQ, 0, "CompensatorDefinitionSequence", "1", "Compensator Definition Sequence" },
    { 0x300A0663, 0xFFFFFFFF, DCM_VR_CS, 0, "CompensatorMapOrientation", "1", "Compensator Map Orientation" },
    { 0x300A0664, 0xFFFFFFFF, DCM_VR_OF, 0, "CompensatorProximalThicknessMap", "1", "Compensator Proximal Thickness Map" },
    { 0x300A0665, 0xFFFFFFFF, DCM_VR_OF, 0, "CompensatorDistalThicknessMap", "1", "Compensator Distal Thickness Map" },
    { 0x300A0666, 0xFFFFFFFF, DCM_VR_FD, 0, "CompensatorBasePlaneOffset", "1", "Compensator Base Plane Offset" },
    { 0x300A0667, 0xFFFFFFFF, DCM_VR_SQ, 0, "CompensatorShapeFabricationCodeSequence", "1", "Compensator Shape Fabrication Code Sequence" },
    { 0x300A0668, 0xFFFFFFFF, DCM_VR_SQ, 0, "CompensatorShapeSequence", "1", "Compensator Shape Sequence" },
    { 0x300A0669, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationBeamCompensatorMillingToolDiameter", "1", "Radiation Beam Compensator Milling Tool Diameter" },
    { 0x300A066A, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlockDefinitionSequence", "1", "Block Definition Sequence" },
    { 0x300A066B, 0xFFFFFFFF, DCM_VR_OF, 0, "BlockEdgeData", "1", "Block Edge Data" },
    { 0x300A066C, 0xFFFFFFFF, DCM_VR_CS, 0, "BlockOrientation", "1", "Block Orientation" },
    { 0x300A066D, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationBeamBlockThickness", "1", "Radiation Beam Block Thickness" },
    { 0x300A066E, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationBeamBlockSlabThickness", "1", "Radiation Beam Block Slab Thickness" },
    { 0x300A066F, 0xFFFFFFFF, DCM_VR_SQ, 0, "BlockEdgeDataSequence", "1", "Block Edge Data Sequence" },
    { 0x300A0670, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRTAccessoryHolders", "1", "Number of RT Accessory Holders" },
    { 0x300A0671, 0xFFFFFFFF, DCM_VR_SQ, 0, "GeneralAccessoryDefinitionSequence", "1", "General Accessory Definition Sequence" },
    { 0x300A0672, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfGeneralAccessories", "1", "Number of General Accessories" },
    { 0x300A0673, 0xFFFFFFFF, DCM_VR_SQ, 0, "BolusDefinitionSequence", "1", "Bolus Definition Sequence" },
    { 0x300A0674, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfBoluses", "1", "Number of Boluses" },
    { 0x300A0675, 0xFFFFFFFF, DCM_VR_UI, 0, "EquipmentFrameOfReferenceUID", "1", "Equipment Frame of Reference UID" },
    { 0x300A0676, 0xFFFFFFFF, DCM_VR_ST, 0, "EquipmentFrameOfReferenceDescription", "1", "Equipment Frame of Reference Description" },
    { 0x300A0677, 0xFFFFFFFF, DCM_VR_SQ, 0, "EquipmentReferencePointCoordinatesSequence", "1", "Equipment Reference Point Coordinates Sequence" },
    { 0x300A0678, 0xFFFFFFFF, DCM_VR_SQ, 0, "EquipmentReferencePointCodeSequence", "1", "Equipment Reference Point Code Sequence" },
    { 0x300A0679, 0xFFFFFFFF, DCM_VR_FD, 0, "RTBeamLimitingDeviceAngle", "1", "RT Beam Limiting Device Angle" },
    { 0x300A067A, 0xFFFFFFFF, DCM_VR_FD, 0, "SourceRollAngle", "1", "Source Roll Angle" },
    { 0x300A067B, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationGenerationModeSequence", "1", "Radiation GenerationMode Sequence" },
    { 0x300A067C, 0xFFFFFFFF, DCM_VR_SH, 0, "RadiationGenerationModeLabel", "1", "Radiation GenerationMode Label" },
    { 0x300A067D, 0xFFFFFFFF, DCM_VR_ST, 0, "RadiationGenerationModeDescription", "1", "Radiation GenerationMode Description" },
    { 0x300A067E, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationGenerationModeMachineCodeSequence", "1", "Radiation GenerationMode Machine Code Sequence" },
    { 0x300A067F, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationTypeCodeSequence", "1", "Radiation Type Code Sequence" },
    { 0x300A0680, 0xFFFFFFFF, DCM_VR_DS, 0, "NominalEnergy", "1", "Nominal Energy" },
    { 0x300A0681, 0xFFFFFFFF, DCM_VR_DS, 0, "MinimumNominalEnergy", "1", "Minimum Nominal Energy" },
    { 0x300A0682, 0xFFFFFFFF, DCM_VR_DS, 0, "MaximumNominalEnergy", "1", "Maximum Nominal Energy" },
    { 0x300A0683, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiationFluenceModifierCodeSequence", "1", "Radiation Fluence Modifier Code Sequence" },
    { 0x300A0684, 0xFFFFFFFF, DCM_VR_SQ, 0, "EnergyUnitCodeSequence", "1", "Energy Unit Code Sequence" },
    { 0x300A0685, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfRadiationGenerationModes", "1", "Number of Radiation GenerationModes" },
    { 0x300A0686, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSupportDevicesSequence", "1", "Patient Support Devices Sequence" },
    { 0x300A0687, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfPatientSupportDevices", "1", "Number of Patient Support Devices" },
    { 0x300A0688, 0xFFFFFFFF, DCM_VR_FD, 0, "RTBeamModifierDefinitionDistance", "1", "RT Beam Modifier Definition Distance" },
    { 0x300A0689, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamAreaLimitSequence", "1", "Beam Area Limit Sequence" },
    { 0x300A068A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTPrescriptionSequence", "1", "Referenced RT Prescription Sequence" },
    { 0x300A0700, 0xFFFFFFFF, DCM_VR_UI, 0, "TreatmentSessionUID", "1", "Treatment Session UID" },
    { 0x300A0701, 0xFFFFFFFF, DCM_VR_CS, 0, "RTRadiationUsage", "1", "RT Radiation Usage" },
    { 0x300A0702, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTRadiationSetSequence", "1", "Referenced RT Radiation Set Sequence" },
    { 0x300A0703, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTRadiationRecordSequence", "1", "Referenced RT Radiation Record Sequence" },
    { 0x300A0704, 0xFFFFFFFF, DCM_VR_US, 0, "RTRadiationSetDeliveryNumber", "1", "RT Radiation Set Delivery Number" },
    { 0x300A0705, 0xFFFFFFFF, DCM_VR_US, 0, "ClinicalFractionNumber", "1", "Clinical Fraction Number" },
    { 0x300A0706, 0xFFFFFFFF, DCM_VR_CS, 0, "RTTreatmentFractionCompletionStatus", "1", "RT Treatment Fraction Completion Status" },
    { 0x300A0707, 0xFFFFFFFF, DCM_VR_CS, 0, "RTRadiationSetUsage", "1", "RT Radiation Set Usage" },
    { 0x300A0708, 0xFFFFFFFF, DCM_VR_CS, 0, "TreatmentDeliveryContinuationFlag", "1", "Treatment Delivery Continuation Flag" },
    { 0x300A0709, 0xFFFFFFFF, DCM_VR_CS, 0, "TreatmentRecordContentOrigin", "1", "Treatment Record Content Origin" },
    { 0x300A0714, 0xFFFFFFFF, DCM_VR_CS, 0, "RTTreatmentTerminationStatus", "1", "RT Treatment Termination Status" },
    { 0x300A0715, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTTreatmentTerminationReasonCodeSequence", "1", "RT Treatment Termination Reason Code Sequence" },
    { 0x300A0716, 0xFFFFFFFF, DCM_VR_SQ, 0, "MachineSpecificTreatmentTerminationCodeSequence", "1", "Machine-Specific Treatment Termination Code Sequence" },
    { 0x300A0722, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTRadiationSalvageRecordControlPointSequence", "1", "RT Radiation Salvage Record Control Point Sequence" },
    { 0x300A0723, 0xFFFFFFFF, DCM_VR_CS, 0, "StartingMetersetValueKnownFlag", "1", "Starting Meterset Value Known Flag" },
    { 0x300A0730, 0xFFFFFFFF, DCM_VR_ST, 0, "TreatmentTerminationDescription", "1", "Treatment Termination Description" },
    { 0x300A0731, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentToleranceViolationSequence", "1", "Treatment Tolerance Violation Sequence" },
    { 0x300A0732, 0xFFFFFFFF, DCM_VR_CS, 0, "TreatmentToleranceViolationCategory", "1", "Treatment Tolerance Violation Category" },
    { 0x300A0733, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentToleranceViolationAttributeSequence", "1", "Treatment Tolerance Violation Attribute Sequence" },
    { 0x300A0734, 0xFFFFFFFF, DCM_VR_ST, 0, "TreatmentToleranceViolationDescription", "1", "Treatment Tolerance Violation Description" },
    { 0x300A0735, 0xFFFFFFFF, DCM_VR_ST, 0, "TreatmentToleranceViolationIdentification", "1", "Treatment Tolerance Violation Identification" },
    { 0x300A0736, 0xFFFFFFFF, DCM_VR_DT, 0, "TreatmentToleranceViolationDateTime", "1", "Treatment Tolerance Violation DateTime" },
    { 0x300A073A, 0xFFFFFFFF, DCM_VR_DT, 0, "RecordedRTControlPointDateTime", "1", "Recorded RT Control Point DateTime" },
    { 0x300A073B, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedRadiationRTControlPointIndex", "1", "Referenced Radiation RT Control Point Index" },
    { 0x300A073E, 0xFFFFFFFF, DCM_VR_SQ, 0, "AlternateValueSequence", "1", "Alternate Value Sequence" },
    { 0x300A073F, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConfirmationSequence", "1", "Confirmation Sequence" },
    { 0x300A0740, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterlockSequence", "1", "Interlock Sequence" },
    { 0x300A0741, 0xFFFFFFFF, DCM_VR_DT, 0, "InterlockDateTime", "1", "Interlock DateTime" },
    { 0x300A0742, 0xFFFFFFFF, DCM_VR_ST, 0, "InterlockDescription", "1", "Interlock Description" },
    { 0x300A0743, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterlockOriginatingDeviceSequence", "1", "Interlock Originating Device Sequence" },
    { 0x300A0744, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterlockCodeSequence", "1", "Interlock Code Sequence" },
    { 0x300A0745, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterlockResolutionCodeSequence", "1", "Interlock Resolution Code Sequence" },
    { 0x300A0746, 0xFFFFFFFF, DCM_VR_SQ, 0, "InterlockResolutionUserSequence", "1", "Interlock Resolution User Sequence" },
    { 0x300A0760, 0xFFFFFFFF, DCM_VR_DT, 0, "OverrideDateTime", "1", "Override DateTime" },
    { 0x300A0761, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentToleranceViolationTypeCodeSequence", "1", "Treatment Tolerance Violation Type Code Sequence" },
    { 0x300A0762, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentToleranceViolationCauseCodeSequence", "1", "Treatment Tolerance Violation Cause Code Sequence" },
    { 0x300A0772, 0xFFFFFFFF, DCM_VR_SQ, 0, "MeasuredMetersetToDoseMappingSequence", "1", "Measured Meterset to Dose Mapping Sequence" },
    { 0x300A0773, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedExpectedInVivoMeasurementValueIndex", "1", "Referenced Expected In-Vivo Measurement Value Index" },
    { 0x300A0774, 0xFFFFFFFF, DCM_VR_SQ, 0, "DoseMeasurementDeviceCodeSequence", "1", "Dose Measurement Device Code Sequence" },
    { 0x300A0780, 0xFFFFFFFF, DCM_VR_SQ, 0, "AdditionalParameterRecordingInstanceSequence", "1", "Additional Parameter Recording Instance Sequence" },
    { 0x300A0782, 0xFFFFFFFF, DCM_VR_US, 1, "", "1", "" },
    { 0x300A0783, 0xFFFFFFFF, DCM_VR_ST, 0, "InterlockOriginDescription", "1", "Interlock Origin Description" },
    { 0x300A0784, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTPatientPositionScopeSequence", "1", "RT Patient Position Scope Sequence" },
    { 0x300A0785, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedTreatmentPositionGroupUID", "1", "Referenced Treatment Position Group UID" },
    { 0x300A0786, 0xFFFFFFFF, DCM_VR_US, 0, "RadiationOrderIndex", "1", "Radiation Order Index" },
    { 0x300A0787, 0xFFFFFFFF, DCM_VR_SQ, 0, "OmittedRadiationSequence", "1", "Omitted Radiation Sequence" },
    { 0x300A0788, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReasonForOmissionCodeSequence", "1", "Reason for Omission Code Sequence" },
    { 0x300A0789, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTDeliveryStartPatientPositionSequence", "1", "RT Delivery Start Patient Position Sequence" },
    { 0x300A078A, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTTreatmentPreparationPatientPositionSequence", "1", "RT Treatment Preparation Patient Position Sequence" },
    { 0x300A078B, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTTreatmentPreparationSequence", "1", "Referenced RT Treatment Preparation Sequence" },
    { 0x300A078C, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPatientSetupPhotoSequence", "1", "Referenced Patient Setup Photo Sequence" },
    { 0x300A078D, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientTreatmentPreparationMethodCodeSequence", "1", "Patient Treatment Preparation Method Code Sequence" },
    { 0x300A078E, 0xFFFFFFFF, DCM_VR_LT, 0, "PatientTreatmentPreparationProcedureParameterDescription", "1", "Patient Treatment Preparation Procedure Parameter Description" },
    { 0x300A078F, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientTreatmentPreparationDeviceSequence", "1", "Patient Treatment Preparation Device Sequence" },
    { 0x300A0790, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientTreatmentPreparationProcedureSequence", "1", "Patient Treatment Preparation Procedure Sequence" },
    { 0x300A0791, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientTreatmentPreparationProcedureCodeSequence", "1", "Patient Treatment Preparation Procedure Code Sequence" },
    { 0x300A0792, 0xFFFFFFFF, DCM_VR_LT, 0, "PatientTreatmentPreparationMethodDescription", "1", "Patient Treatment Preparation Method Description" },
    { 0x300A0793, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientTreatmentPreparationProcedureParameterSequence", "1", "Patient Treatment Preparation Procedure Parameter Sequence" },
    { 0x300A0794, 0xFFFFFFFF, DCM_VR_LT, 0, "PatientSetupPhotoDescription", "1", "Patient Setup Photo Description" },
    { 0x300A0795, 0xFFFFFFFF, DCM_VR_US, 0, "PatientTreatmentPreparationProcedureIndex", "1", "Patient Treatment Preparation Procedure Index" },
    { 0x300A0796, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedPatientSetupProcedureIndex", "1", "Referenced Patient Setup Procedure Index" },
    { 0x300A0797, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTRadiationTaskSequence", "1", "RT Radiation Task Sequence" },
    { 0x300A0798, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTPatientPositionDisplacementSequence", "1", "RT Patient Position Displacement Sequence" },
    { 0x300A0799, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTPatientPositionSequence", "1", "RT Patient Position Sequence" },
    { 0x300A079A, 0xFFFFFFFF, DCM_VR_LO, 0, "DisplacementReferenceLabel", "1", "Displacement Reference Label" },
    { 0x300A079B, 0xFFFFFFFF, DCM_VR_FD, 0, "DisplacementMatrix", "16", "Displacement Matrix" },
    { 0x300A079C, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientSupportDisplacementSequence", "1", "Patient Support Displacement Sequence" },
    { 0x300A079D, 0xFFFFFFFF, DCM_VR_SQ, 0, "DisplacementReferenceLocationCodeSequence", "1", "Displacement Reference Location Code Sequence" },
    { 0x300A079E, 0xFFFFFFFF, DCM_VR_CS, 0, "RTRadiationSetDeliveryUsage", "1", "RT Radiation Set Delivery Usage" },
    { 0x300C0002, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTPlanSequence", "1", "Referenced RT Plan Sequence" },
    { 0x300C0004, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedBeamSequence", "1", "Referenced Beam Sequence" },
    { 0x300C0006, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedBeamNumber", "1", "Referenced Beam Number" },
    { 0x300C0007, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedReferenceImageNumber", "1", "Referenced Reference Image Number" },
    { 0x300C0008, 0xFFFFFFFF, DCM_VR_DS, 0, "StartCumulativeMetersetWeight", "1", "Start Cumulative Meterset Weight" },
    { 0x300C0009, 0xFFFFFFFF, DCM_VR_DS, 0, "EndCumulativeMetersetWeight", "1", "End Cumulative Meterset Weight" },
    { 0x300C000A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedBrachyApplicationSetupSequence", "1", "Referenced Brachy Application Setup Sequence" },
    { 0x300C000C, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedBrachyApplicationSetupNumber", "1", "Referenced Brachy Application Setup Number" },
    { 0x300C000E, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedSourceNumber", "1", "Referenced Source Number" },
    { 0x300C0020, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedFractionGroupSequence", "1", "Referenced Fraction Group Sequence" },
    { 0x300C0022, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedFractionGroupNumber", "1", "Referenced Fraction Group Number" },
    { 0x300C0040, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedVerificationImageSequence", "1", "Referenced Verification Image Sequence" },
    { 0x300C0042, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedReferenceImageSequence", "1", "Referenced Reference Image Sequence" },
    { 0x300C0050, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedDoseReferenceSequence", "1", "Referenced Dose Reference Sequence" },
    { 0x300C0051, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedDoseReferenceNumber", "1", "Referenced Dose Reference Number" },
    { 0x300C0055, 0xFFFFFFFF, DCM_VR_SQ, 0, "BrachyReferencedDoseReferenceSequence", "1", "Brachy Referenced Dose Reference Sequence" },
    { 0x300C0060, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedStructureSetSequence", "1", "Referenced Structure Set Sequence" },
    { 0x300C006A, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedPatientSetupNumber", "1", "Referenced Patient Setup Number" },
    { 0x300C0080, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedDoseSequence", "1", "Referenced Dose Sequence" },
    { 0x300C00A0, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedToleranceTableNumber", "1", "Referenced Tolerance Table Number" },
    { 0x300C00B0, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedBolusSequence", "1", "Referenced Bolus Sequence" },
    { 0x300C00C0, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedWedgeNumber", "1", "Referenced Wedge Number" },
    { 0x300C00D0, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedCompensatorNumber", "1", "Referenced Compensator Number" },
    { 0x300C00E0, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedBlockNumber", "1", "Referenced Block Number" },
    { 0x300C00F0, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedControlPointIndex", "1", "Referenced Control Point Index" },
    { 0x300C00F2, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedControlPointSequence", "1", "Referenced Control Point Sequence" },
    { 0x300C00F4, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedStartControlPointIndex", "1", "Referenced Start Control Point Index" },
    { 0x300C00F6, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedStopControlPointIndex", "1", "Referenced Stop Control Point Index" },
    { 0x300C0100, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedRangeShifterNumber", "1", "Referenced Range Shifter Number" },
    { 0x300C0102, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedLateralSpreadingDeviceNumber", "1", "Referenced Lateral Spreading Device Number" },
    { 0x300C0104, 0xFFFFFFFF, DCM_VR_IS, 0, "ReferencedRangeModulatorNumber", "1", "Referenced Range Modulator Number" },
    { 0x300C0111, 0xFFFFFFFF, DCM_VR_SQ, 0, "OmittedBeamTaskSequence", "1", "Omitted Beam Task Sequence" },
    { 0x300C0112, 0xFFFFFFFF, DCM_VR_CS, 0, "ReasonForOmission", "1", "Reason for Omission" },
    { 0x300C0113, 0xFFFFFFFF, DCM_VR_LO, 0, "ReasonForOmissionDescription", "1", "Reason for Omission Description" },
    { 0x300C0114, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrescriptionOverviewSequence", "1", "Prescription Overview Sequence" },
    { 0x300C0115, 0xFFFFFFFF, DCM_VR_FL, 0, "TotalPrescriptionDose", "1", "Total Prescription Dose" },
    { 0x300C0116, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanOverviewSequence", "1", "Plan Overview Sequence" },
    { 0x300C0117, 0xFFFFFFFF, DCM_VR_US, 0, "PlanOverviewIndex", "1", "Plan Overview Index" },
    { 0x300C0118, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedPlanOverviewIndex", "1", "Referenced Plan Overview Index" },
    { 0x300C0119, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfFractionsIncluded", "1", "Number of Fractions Included" },
    { 0x300C0120, 0xFFFFFFFF, DCM_VR_SQ, 0, "DoseCalibrationConditionsSequence", "1", "Dose Calibration Conditions Sequence" },
    { 0x300C0121, 0xFFFFFFFF, DCM_VR_FD, 0, "AbsorbedDoseToMetersetRatio", "1", "Absorbed Dose to Meterset Ratio" },
    { 0x300C0122, 0xFFFFFFFF, DCM_VR_FD, 0, "DelineatedRadiationFieldSize", "2", "Delineated Radiation Field Size" },
    { 0x300C0123, 0xFFFFFFFF, DCM_VR_CS, 0, "DoseCalibrationConditionsVerifiedFlag", "1", "Dose Calibration Conditions Verified Flag" },
    { 0x300C0124, 0xFFFFFFFF, DCM_VR_FD, 0, "CalibrationReferencePointDepth", "1", "Calibration Reference Point Depth" },
    { 0x300C0125, 0xFFFFFFFF, DCM_VR_SQ, 0, "GatingBeamHoldTransitionSequence", "1", "Gating Beam Hold Transition Sequence" },
    { 0x300C0126, 0xFFFFFFFF, DCM_VR_CS, 0, "BeamHoldTransition", "1", "Beam Hold Transition" },
    { 0x300C0127, 0xFFFFFFFF, DCM_VR_DT, 0, "BeamHoldTransitionDateTime", "1", "Beam Hold Transition DateTime" },
    { 0x300C0128, 0xFFFFFFFF, DCM_VR_SQ, 0, "BeamHoldOriginatingDeviceSequence", "1", "Beam Hold Originating Device Sequence" },
    { 0x300E0002, 0xFFFFFFFF, DCM_VR_CS, 0, "ApprovalStatus", "1", "Approval Status" },
    { 0x300E0004, 0xFFFFFFFF, DCM_VR_DA, 0, "ReviewDate", "1", "Review Date" },
    { 0x300E0005, 0xFFFFFFFF, DCM_VR_TM, 0, "ReviewTime", "1", "Review Time" },
    { 0x300E0008, 0xFFFFFFFF, DCM_VR_PN, 0, "ReviewerName", "1", "Reviewer Name" },
    { 0x30100001, 0xFFFFFFFF, DCM_VR_SQ, 0, "RadiobiologicalDoseEffectSequence", "1", "Radiobiological Dose Effect Sequence" },
    { 0x30100002, 0xFFFFFFFF, DCM_VR_CS, 0, "RadiobiologicalDoseEffectFlag", "1", "Radiobiological Dose Effect Flag" },
    { 0x30100003, 0xFFFFFFFF, DCM_VR_SQ, 0, "EffectiveDoseCalculationMethodCategoryCodeSequence", "1", "Effective Dose Calculation Method Category Code Sequence" },
    { 0x30100004, 0xFFFFFFFF, DCM_VR_SQ, 0, "EffectiveDoseCalculationMethodCodeSequence", "1", "Effective Dose Calculation Method Code Sequence" },
    { 0x30100005, 0xFFFFFFFF, DCM_VR_LO, 0, "EffectiveDoseCalculationMethodDescription", "1", "Effective Dose Calculation Method Description" },
    { 0x30100006, 0xFFFFFFFF, DCM_VR_UI, 0, "ConceptualVolumeUID", "1", "Conceptual Volume UID" },
    { 0x30100007, 0xFFFFFFFF, DCM_VR_SQ, 0, "OriginatingSOPInstanceReferenceSequence", "1", "Originating SOP Instance Reference Sequence" },
    { 0x30100008, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeConstituentSequence", "1", "Conceptual Volume Constituent Sequence" },
    { 0x30100009, 0xFFFFFFFF, DCM_VR_SQ, 0, "EquivalentConceptualVolumeInstanceReferenceSequence", "1", "Equivalent Conceptual Volume Instance Reference Sequence" },
    { 0x3010000A, 0xFFFFFFFF, DCM_VR_SQ, 0, "EquivalentConceptualVolumesSequence", "1", "Equivalent Conceptual Volumes Sequence" },
    { 0x3010000B, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedConceptualVolumeUID", "1", "Referenced Conceptual Volume UID" },
    { 0x3010000C, 0xFFFFFFFF, DCM_VR_UT, 0, "ConceptualVolumeCombinationExpression", "1", "Conceptual Volume Combination Expression" },
    { 0x3010000D, 0xFFFFFFFF, DCM_VR_US, 0, "ConceptualVolumeConstituentIndex", "1", "Conceptual Volume Constituent Index" },
    { 0x3010000E, 0xFFFFFFFF, DCM_VR_CS, 0, "ConceptualVolumeCombinationFlag", "1", "Conceptual Volume Combination Flag" },
    { 0x3010000F, 0xFFFFFFFF, DCM_VR_ST, 0, "ConceptualVolumeCombinationDescription", "1", "Conceptual Volume Combination Description" },
    { 0x30100010, 0xFFFFFFFF, DCM_VR_CS, 0, "ConceptualVolumeSegmentationDefinedFlag", "1", "Conceptual Volume Segmentation Defined Flag" },
    { 0x30100011, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeSegmentationReferenceSequence", "1", "Conceptual Volume Segmentation Reference Sequence" },
    { 0x30100012, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeConstituentSegmentationReferenceSequence", "1", "Conceptual Volume Constituent Segmentation Reference Sequence" },
    { 0x30100013, 0xFFFFFFFF, DCM_VR_UI, 0, "ConstituentConceptualVolumeUID", "1", "Constituent Conceptual Volume UID" },
    { 0x30100014, 0xFFFFFFFF, DCM_VR_SQ, 0, "DerivationConceptualVolumeSequence", "1", "Derivation Conceptual Volume Sequence" },
    { 0x30100015, 0xFFFFFFFF, DCM_VR_UI, 0, "SourceConceptualVolumeUID", "1", "Source Conceptual Volume UID" },
    { 0x30100016, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeDerivationAlgorithmSequence", "1", "Conceptual Volume Derivation Algorithm Sequence" },
    { 0x30100017, 0xFFFFFFFF, DCM_VR_ST, 0, "ConceptualVolumeDescription", "1", "Conceptual Volume Description" },
    { 0x30100018, 0xFFFFFFFF, DCM_VR_SQ, 0, "SourceConceptualVolumeSequence", "1", "Source Conceptual Volume Sequence" },
    { 0x30100019, 0xFFFFFFFF, DCM_VR_SQ, 0, "AuthorIdentificationSequence", "1", "Author Identification Sequence" },
    { 0x3010001A, 0xFFFFFFFF, DCM_VR_LO, 0, "ManufacturerModelVersion", "1", "Manufacturer's Model Version" },
    { 0x3010001B, 0xFFFFFFFF, DCM_VR_UC, 0, "DeviceAlternateIdentifier", "1", "Device Alternate Identifier" },
    { 0x3010001C, 0xFFFFFFFF, DCM_VR_CS, 0, "DeviceAlternateIdentifierType", "1", "Device Alternate Identifier Type" },
    { 0x3010001D, 0xFFFFFFFF, DCM_VR_LT, 0, "DeviceAlternateIdentifierFormat", "1", "Device Alternate Identifier Format" },
    { 0x3010001E, 0xFFFFFFFF, DCM_VR_LO, 0, "SegmentationCreationTemplateLabel", "1", "Segmentation Creation Template Label" },
    { 0x3010001F, 0xFFFFFFFF, DCM_VR_UI, 0, "SegmentationTemplateUID", "1", "Segmentation Template UID" },
    { 0x30100020, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedSegmentReferenceIndex", "1", "Referenced Segment Reference Index" },
    { 0x30100021, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentReferenceSequence", "1", "Segment Reference Sequence" },
    { 0x30100022, 0xFFFFFFFF, DCM_VR_US, 0, "SegmentReferenceIndex", "1", "Segment Reference Index" },
    { 0x30100023, 0xFFFFFFFF, DCM_VR_SQ, 0, "DirectSegmentReferenceSequence", "1", "Direct Segment Reference Sequence" },
    { 0x30100024, 0xFFFFFFFF, DCM_VR_SQ, 0, "CombinationSegmentReferenceSequence", "1", "Combination Segment Reference Sequence" },
    { 0x30100025, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeSequence", "1", "Conceptual Volume Sequence" },
    { 0x30100026, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentedRTAccessoryDeviceSequence", "1", "Segmented RT Accessory Device Sequence" },
    { 0x30100027, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentCharacteristicsSequence", "1", "Segment Characteristics Sequence" },
    { 0x30100028, 0xFFFFFFFF, DCM_VR_SQ, 0, "RelatedSegmentCharacteristicsSequence", "1", "Related Segment Characteristics Sequence" },
    { 0x30100029, 0xFFFFFFFF, DCM_VR_US, 0, "SegmentCharacteristicsPrecedence", "1", "Segment Characteristics Precedence" },
    { 0x3010002A, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTSegmentAnnotationSequence", "1", "RT Segment Annotation Sequence" },
    { 0x3010002B, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentAnnotationCategoryCodeSequence", "1", "Segment Annotation Category Code Sequence" },
    { 0x3010002C, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentAnnotationTypeCodeSequence", "1", "Segment Annotation Type Code Sequence" },
    { 0x3010002D, 0xFFFFFFFF, DCM_VR_LO, 0, "DeviceLabel", "1", "Device Label" },
    { 0x3010002E, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeviceTypeCodeSequence", "1", "Device Type Code Sequence" },
    { 0x3010002F, 0xFFFFFFFF, DCM_VR_SQ, 0, "SegmentAnnotationTypeModifierCodeSequence", "1", "Segment Annotation Type Modifier Code Sequence" },
    { 0x30100030, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientEquipmentRelationshipCodeSequence", "1", "Patient Equipment Relationship Code Sequence" },
    { 0x30100031, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedFiducialsUID", "1", "Referenced Fiducials UID" },
    { 0x30100032, 0xFFFFFFFF, DCM_VR_SQ, 0, "PatientTreatmentOrientationSequence", "1", "Patient Treatment Orientation Sequence" },
    { 0x30100033, 0xFFFFFFFF, DCM_VR_SH, 0, "UserContentLabel", "1", "User Content Label" },
    { 0x30100034, 0xFFFFFFFF, DCM_VR_LO, 0, "UserContentLongLabel", "1", "User Content Long Label" },
    { 0x30100035, 0xFFFFFFFF, DCM_VR_SH, 0, "EntityLabel", "1", "Entity Label" },
    { 0x30100036, 0xFFFFFFFF, DCM_VR_LO, 0, "EntityName", "1", "Entity Name" },
    { 0x30100037, 0xFFFFFFFF, DCM_VR_ST, 0, "EntityDescription", "1", "Entity Description" },
    { 0x30100038, 0xFFFFFFFF, DCM_VR_LO, 0, "EntityLongLabel", "1", "Entity Long Label" },
    { 0x30100039, 0xFFFFFFFF, DCM_VR_US, 0, "DeviceIndex", "1", "Device Index" },
    { 0x3010003A, 0xFFFFFFFF, DCM_VR_US, 0, "RTTreatmentPhaseIndex", "1", "RT Treatment Phase Index" },
    { 0x3010003B, 0xFFFFFFFF, DCM_VR_UI, 0, "RTTreatmentPhaseUID", "1", "RT Treatment Phase UID" },
    { 0x3010003C, 0xFFFFFFFF, DCM_VR_US, 0, "RTPrescriptionIndex", "1", "RT Prescription Index" },
    { 0x3010003D, 0xFFFFFFFF, DCM_VR_US, 0, "RTSegmentAnnotationIndex", "1", "RT Segment Annotation Index" },
    { 0x3010003E, 0xFFFFFFFF, DCM_VR_US, 0, "BasisRTTreatmentPhaseIndex", "1", "Basis RT Treatment Phase Index" },
    { 0x3010003F, 0xFFFFFFFF, DCM_VR_US, 0, "RelatedRTTreatmentPhaseIndex", "1", "Related RT Treatment Phase Index" },
    { 0x30100040, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedRTTreatmentPhaseIndex", "1", "Referenced RT Treatment Phase Index" },
    { 0x30100041, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedRTPrescriptionIndex", "1", "Referenced RT Prescription Index" },
    { 0x30100042, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedParentRTPrescriptionIndex", "1", "Referenced Parent RT Prescription Index" },
    { 0x30100043, 0xFFFFFFFF, DCM_VR_ST, 0, "ManufacturerDeviceIdentifier", "1", "Manufacturer's Device Identifier" },
    { 0x30100044, 0xFFFFFFFF, DCM_VR_SQ, 0, "InstanceLevelReferencedPerformedProcedureStepSequence", "1", "Instance-Level Referenced Performed Procedure Step Sequence" },
    { 0x30100045, 0xFFFFFFFF, DCM_VR_CS, 0, "RTTreatmentPhaseIntentPresenceFlag", "1", "RT Treatment Phase Intent Presence Flag" },
    { 0x30100046, 0xFFFFFFFF, DCM_VR_CS, 0, "RadiotherapyTreatmentType", "1", "Radiotherapy Treatment Type" },
    { 0x30100047, 0xFFFFFFFF, DCM_VR_CS, 0, "TeletherapyRadiationType", "1-n", "Teletherapy Radiation Type" },
    { 0x30100048, 0xFFFFFFFF, DCM_VR_CS, 0, "BrachytherapySourceType", "1-n", "Brachytherapy Source Type" },
    { 0x30100049, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedRTTreatmentPhaseSequence", "1", "Referenced RT Treatment Phase Sequence" },
    { 0x3010004A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedDirectSegmentInstanceSequence", "1", "Referenced Direct Segment Instance Sequence" },
    { 0x3010004B, 0xFFFFFFFF, DCM_VR_SQ, 0, "IntendedRTTreatmentPhaseSequence", "1", "Intended RT Treatment Phase Sequence" },
    { 0x3010004C, 0xFFFFFFFF, DCM_VR_DA, 0, "IntendedPhaseStartDate", "1", "Intended Phase Start Date" },
    { 0x3010004D, 0xFFFFFFFF, DCM_VR_DA, 0, "IntendedPhaseEndDate", "1", "Intended Phase End Date" },
    { 0x3010004E, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTTreatmentPhaseIntervalSequence", "1", "RT Treatment Phase Interval Sequence" },
    { 0x3010004F, 0xFFFFFFFF, DCM_VR_CS, 0, "TemporalRelationshipIntervalAnchor", "1", "Temporal Relationship Interval Anchor" },
    { 0x30100050, 0xFFFFFFFF, DCM_VR_FD, 0, "MinimumNumberOfIntervalDays", "1", "Minimum Number of Interval Days" },
    { 0x30100051, 0xFFFFFFFF, DCM_VR_FD, 0, "MaximumNumberOfIntervalDays", "1", "Maximum Number of Interval Days" },
    { 0x30100052, 0xFFFFFFFF, DCM_VR_UI, 0, "PertinentSOPClassesInStudy", "1-n", "Pertinent SOP Classes in Study" },
    { 0x30100053, 0xFFFFFFFF, DCM_VR_UI, 0, "PertinentSOPClassesInSeries", "1-n", "Pertinent SOP Classes in Series" },
    { 0x30100054, 0xFFFFFFFF, DCM_VR_LO, 0, "RTPrescriptionLabel", "1", "RT Prescription Label" },
    { 0x30100055, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTPhysicianIntentPredecessorSequence", "1", "RT Physician Intent Predecessor Sequence" },
    { 0x30100056, 0xFFFFFFFF, DCM_VR_LO, 0, "RTTreatmentApproachLabel", "1", "RT Treatment Approach Label" },
    { 0x30100057, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTPhysicianIntentSequence", "1", "RT Physician Intent Sequence" },
    { 0x30100058, 0xFFFFFFFF, DCM_VR_US, 0, "RTPhysicianIntentIndex", "1", "RT Physician Intent Index" },
    { 0x30100059, 0xFFFFFFFF, DCM_VR_CS, 0, "RTTreatmentIntentType", "1", "RT Treatment Intent Type" },
    { 0x3010005A, 0xFFFFFFFF, DCM_VR_UT, 0, "RTPhysicianIntentNarrative", "1", "RT Physician Intent Narrative" },
    { 0x3010005B, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTProtocolCodeSequence", "1", "RT Protocol Code Sequence" },
    { 0x3010005C, 0xFFFFFFFF, DCM_VR_ST, 0, "ReasonForSuperseding", "1", "Reason for Superseding" },
    { 0x3010005D, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTDiagnosisCodeSequence", "1", "RT Diagnosis Code Sequence" },
    { 0x3010005E, 0xFFFFFFFF, DCM_VR_US, 0, "ReferencedRTPhysicianIntentIndex", "1", "Referenced RT Physician Intent Index" },
    { 0x3010005F, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTPhysicianIntentInputInstanceSequence", "1", "RT Physician Intent Input Instance Sequence" },
    { 0x30100060, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTAnatomicPrescriptionSequence", "1", "RT Anatomic Prescription Sequence" },
    { 0x30100061, 0xFFFFFFFF, DCM_VR_UT, 0, "PriorTreatmentDoseDescription", "1", "Prior Treatment Dose Description" },
    { 0x30100062, 0xFFFFFFFF, DCM_VR_SQ, 0, "PriorTreatmentReferenceSequence", "1", "Prior Treatment Reference Sequence" },
    { 0x30100063, 0xFFFFFFFF, DCM_VR_CS, 0, "DosimetricObjectiveEvaluationScope", "1", "Dosimetric Objective Evaluation Scope" },
    { 0x30100064, 0xFFFFFFFF, DCM_VR_SQ, 0, "TherapeuticRoleCategoryCodeSequence", "1", "Therapeutic Role Category Code Sequence" },
    { 0x30100065, 0xFFFFFFFF, DCM_VR_SQ, 0, "TherapeuticRoleTypeCodeSequence", "1", "Therapeutic Role Type Code Sequence" },
    { 0x30100066, 0xFFFFFFFF, DCM_VR_US, 0, "ConceptualVolumeOptimizationPrecedence", "1", "Conceptual Volume Optimization Precedence" },
    { 0x30100067, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeCategoryCodeSequence", "1", "Conceptual Volume Category Code Sequence" },
    { 0x30100068, 0xFFFFFFFF, DCM_VR_CS, 0, "ConceptualVolumeBlockingConstraint", "1", "Conceptual Volume Blocking Constraint" },
    { 0x30100069, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeTypeCodeSequence", "1", "Conceptual Volume Type Code Sequence" },
    { 0x3010006A, 0xFFFFFFFF, DCM_VR_SQ, 0, "ConceptualVolumeTypeModifierCodeSequence", "1", "Conceptual Volume Type Modifier Code Sequence" },
    { 0x3010006B, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTPrescriptionSequence", "1", "RT Prescription Sequence" },
    { 0x3010006C, 0xFFFFFFFF, DCM_VR_SQ, 0, "DosimetricObjectiveSequence", "1", "Dosimetric Objective Sequence" },
    { 0x3010006D, 0xFFFFFFFF, DCM_VR_SQ, 0, "DosimetricObjectiveTypeCodeSequence", "1", "Dosimetric Objective Type Code Sequence" },
    { 0x3010006E, 0xFFFFFFFF, DCM_VR_UI, 0, "DosimetricObjectiveUID", "1", "Dosimetric Objective UID" },
    { 0x3010006F, 0xFFFFFFFF, DCM_VR_UI, 0, "ReferencedDosimetricObjectiveUID", "1", "Referenced Dosimetric Objective UID" },
    { 0x30100070, 0xFFFFFFFF, DCM_VR_SQ, 0, "DosimetricObjectiveParameterSequence", "1", "Dosimetric Objective Parameter Sequence" },
    { 0x30100071, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedDosimetricObjectivesSequence", "1", "Referenced Dosimetric Objectives Sequence" },
    { 0x30100073, 0xFFFFFFFF, DCM_VR_CS, 0, "AbsoluteDosimetricObjectiveFlag", "1", "Absolute Dosimetric Objective Flag" },
    { 0x30100074, 0xFFFFFFFF, DCM_VR_FD, 0, "DosimetricObjectiveWeight", "1", "Dosimetric Objective Weight" },
    { 0x30100075, 0xFFFFFFFF, DCM_VR_CS, 0, "DosimetricObjectivePurpose", "1", "Dosimetric Objective Purpose" },
    { 0x30100076, 0xFFFFFFFF, DCM_VR_SQ, 0, "PlanningInputInformationSequence", "1", "Planning Input Information Sequence" },
    { 0x30100077, 0xFFFFFFFF, DCM_VR_LO, 0, "TreatmentSite", "1", "Treatment Site" },
    { 0x30100078, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentSiteCodeSequence", "1", "Treatment Site Code Sequence" },
    { 0x30100079, 0xFFFFFFFF, DCM_VR_SQ, 0, "FractionPatternSequence", "1", "Fraction Pattern Sequence" },
    { 0x3010007A, 0xFFFFFFFF, DCM_VR_UT, 0, "TreatmentTechniqueNotes", "1", "Treatment Technique Notes" },
    { 0x3010007B, 0xFFFFFFFF, DCM_VR_UT, 0, "PrescriptionNotes", "1", "Prescription Notes" },
    { 0x3010007C, 0xFFFFFFFF, DCM_VR_IS, 0, "NumberOfIntervalFractions", "1", "Number of Interval Fractions" },
    { 0x3010007D, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfFractions", "1", "Number of Fractions" },
    { 0x3010007E, 0xFFFFFFFF, DCM_VR_US, 0, "IntendedDeliveryDuration", "1", "Intended Delivery Duration" },
    { 0x3010007F, 0xFFFFFFFF, DCM_VR_UT, 0, "FractionationNotes", "1", "Fractionation Notes" },
    { 0x30100080, 0xFFFFFFFF, DCM_VR_SQ, 0, "RTTreatmentTechniqueCodeSequence", "1", "RT Treatment Technique Code Sequence" },
    { 0x30100081, 0xFFFFFFFF, DCM_VR_SQ, 0, "PrescriptionNotesSequence", "1", "Prescription Notes Sequence" },
    { 0x30100082, 0xFFFFFFFF, DCM_VR_SQ, 0, "FractionBasedRelationshipSequence", "1", "Fraction-Based Relationship Sequence" },
    { 0x30100083, 0xFFFFFFFF, DCM_VR_CS, 0, "FractionBasedRelationshipIntervalAnchor", "1", "Fraction-Based Relationship Interval Anchor" },
    { 0x30100084, 0xFFFFFFFF, DCM_VR_FD, 0, "MinimumHoursBetweenFractions", "1", "Minimum Hours between Fractions" },
    { 0x30100085, 0xFFFFFFFF, DCM_VR_TM, 0, "IntendedFractionStartTime", "1-n", "Intended Fraction Start Time" },
    { 0x30100086, 0xFFFFFFFF, DCM_VR_LT, 0, "IntendedStartDayOfWeek", "1", "Intended Start Day of Week" },
    { 0x30100087, 0xFFFFFFFF, DCM_VR_SQ, 0, "WeekdayFractionPatternSequence", "1", "Weekday Fraction Pattern Sequence" },
    { 0x30100088, 0xFFFFFFFF, DCM_VR_SQ, 0, "DeliveryTimeStructureCodeSequence", "1", "Delivery Time Structure Code Sequence" },
    { 0x30100089, 0xFFFFFFFF, DCM_VR_SQ, 0, "TreatmentSiteModifierCodeSequence", "1", "Treatment Site Modifier Code Sequence" },
    { 0x30100090, 0xFFFFFFFF, DCM_VR_CS, 0, "RoboticBaseLocationIndicator", "1", "Robotic Base Location Indicator" },
    { 0x30100091, 0xFFFFFFFF, DCM_VR_SQ, 0, "RoboticPathNodeSetCodeSequence", "1", "Robotic Path Node Set Code Sequence" },
    { 0x30100092, 0xFFFFFFFF, DCM_VR_UL, 0, "RoboticNodeIdentifier", "1", "Robotic Node Identifier" },
    { 0x30100093, 0xFFFFFFFF, DCM_VR_FD, 0, "RTTreatmentSourceCoordinates", "3", "RT Treatment Source Coordinates" },
    { 0x30100094, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationSourceCoordinateSystemYawAngle", "1", "Radiation Source Coordinate SystemYaw Angle" },
    { 0x30100095, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationSourceCoordinateSystemRollAngle", "1", "Radiation Source Coordinate SystemRoll Angle" },
    { 0x30100096, 0xFFFFFFFF, DCM_VR_FD, 0, "RadiationSourceCoordinateSystemPitchAngle", "1", "Radiation Source Coordinate System Pitch Angle" },
    { 0x30100097, 0xFFFFFFFF, DCM_VR_SQ, 0, "RoboticPathControlPointSequence", "1", "Robotic Path Control Point Sequence" },
    { 0x30100098, 0xFFFFFFFF, DCM_VR_SQ, 0, "TomotherapeuticControlPointSequence", "1", "Tomotherapeutic Control Point Sequence" },
    { 0x30100099, 0xFFFFFFFF, DCM_VR_FD, 0, "TomotherapeuticLeafOpenDurations", "1-n", "Tomotherapeutic Leaf Open Durations" },
    { 0x3010009A, 0xFFFFFFFF, DCM_VR_FD, 0, "TomotherapeuticLeafInitialClosedDurations", "1-n", "Tomotherapeutic Leaf Initial Closed Durations" },
    { 0x40000010, 0xFFFFFFFF, DCM_VR_LT, 1, "Arbitrary", "1", "Arbitrary" },
    { 0x40004000, 0xFFFFFFFF, DCM_VR_LT, 1, "TextComments", "1", "Text Comments" },
    { 0x40080040, 0xFFFFFFFF, DCM_VR_SH, 1, "ResultsID", "1", "Results ID" },
    { 0x40080042, 0xFFFFFFFF, DCM_VR_LO, 1, "ResultsIDIssuer", "1", "Results ID Issuer" },
    { 0x40080050, 0xFFFFFFFF, DCM_VR_SQ, 1, "ReferencedInterpretationSequence", "1", "Referenced Interpretation Sequence" },
    { 0x400800FF, 0xFFFFFFFF, DCM_VR_CS, 1, "ReportProductionStatusTrial", "1", "Report Production Status (Trial)" },
    { 0x40080100, 0xFFFFFFFF, DCM_VR_DA, 1, "InterpretationRecordedDate", "1", "Interpretation Recorded Date" },
    { 0x40080101, 0xFFFFFFFF, DCM_VR_TM, 1, "InterpretationRecordedTime", "1", "Interpretation Recorded Time" },
    { 0x40080102, 0xFFFFFFFF, DCM_VR_PN, 1, "InterpretationRecorder", "1", "Interpretation Recorder" },
    { 0x40080103, 0xFFFFFFFF, DCM_VR_LO, 1, "ReferenceToRecordedSound", "1", "Reference to Recorded Sound" },
    { 0x40080108, 0xFFFFFFFF, DCM_VR_DA, 1, "InterpretationTranscriptionDate", "1", "Interpretation Transcription Date" },
    { 0x40080109, 0xFFFFFFFF, DCM_VR_TM, 1, "InterpretationTranscriptionTime", "1", "Interpretation Transcription Time" },
    { 0x4008010A, 0xFFFFFFFF, DCM_VR_PN, 1, "InterpretationTranscriber", "1", "Interpretation Transcriber" },
    { 0x4008010B, 0xFFFFFFFF, DCM_VR_ST, 1, "InterpretationText", "1", "Interpretation Text" },
    { 0x4008010C, 0xFFFFFFFF, DCM_VR_PN, 1, "InterpretationAuthor", "1", "Interpretation Author" },
    { 0x40080111, 0xFFFFFFFF, DCM_VR_SQ, 1, "InterpretationApproverSequence", "1", "Interpretation Approver Sequence" },
    { 0x40080112, 0xFFFFFFFF, DCM_VR_DA, 1, "InterpretationApprovalDate", "1", "Interpretation Approval Date" },
    { 0x40080113, 0xFFFFFFFF, DCM_VR_TM, 1, "InterpretationApprovalTime", "1", "Interpretation Approval Time" },
    { 0x40080114, 0xFFFFFFFF, DCM_VR_PN, 1, "PhysicianApprovingInterpretation", "1", "Physician Approving Interpretation" },
    { 0x40080115, 0xFFFFFFFF, DCM_VR_LT, 1, "InterpretationDiagnosisDescription", "1", "Interpretation Diagnosis Description" },
    { 0x40080117, 0xFFFFFFFF, DCM_VR_SQ, 1, "InterpretationDiagnosisCodeSequence", "1", "Interpretation Diagnosis Code Sequence" },
    { 0x40080118, 0xFFFFFFFF, DCM_VR_SQ, 1, "ResultsDistributionListSequence", "1", "Results Distribution List Sequence" },
    { 0x40080119, 0xFFFFFFFF, DCM_VR_PN, 1, "DistributionName", "1", "Distribution Name" },
    { 0x4008011A, 0xFFFFFFFF, DCM_VR_LO, 1, "DistributionAddress", "1", "Distribution Address" },
    { 0x40080200, 0xFFFFFFFF, DCM_VR_SH, 1, "InterpretationID", "1", "Interpretation ID" },
    { 0x40080202, 0xFFFFFFFF, DCM_VR_LO, 1, "InterpretationIDIssuer", "1", "Interpretation ID Issuer" },
    { 0x40080210, 0xFFFFFFFF, DCM_VR_CS, 1, "InterpretationTypeID", "1", "Interpretation Type ID" },
    { 0x40080212, 0xFFFFFFFF, DCM_VR_CS, 1, "InterpretationStatusID", "1", "Interpretation Status ID" },
    { 0x40080300, 0xFFFFFFFF, DCM_VR_ST, 1, "Impressions", "1", "Impressions" },
    { 0x40084000, 0xFFFFFFFF, DCM_VR_ST, 1, "ResultsComments", "1", "Results Comments" },
    { 0x40100001, 0xFFFFFFFF, DCM_VR_CS, 0, "LowEnergyDetectors", "1", "Low Energy Detectors" },
    { 0x40100002, 0xFFFFFFFF, DCM_VR_CS, 0, "HighEnergyDetectors", "1", "High Energy Detectors" },
    { 0x40100004, 0xFFFFFFFF, DCM_VR_SQ, 0, "DetectorGeometrySequence", "1", "Detector Geometry Sequence" },
    { 0x40101001, 0xFFFFFFFF, DCM_VR_SQ, 0, "ThreatROIVoxelSequence", "1", "Threat ROI Voxel Sequence" },
    { 0x40101004, 0xFFFFFFFF, DCM_VR_FL, 0, "ThreatROIBase", "3", "Threat ROI Base" },
    { 0x40101005, 0xFFFFFFFF, DCM_VR_FL, 0, "ThreatROIExtents", "3", "Threat ROI Extents" },
    { 0x40101006, 0xFFFFFFFF, DCM_VR_OB, 0, "ThreatROIBitmap", "1", "Threat ROI Bitmap" },
    { 0x40101007, 0xFFFFFFFF, DCM_VR_SH, 0, "RouteSegmentID", "1", "Route Segment ID" },
    { 0x40101008, 0xFFFFFFFF, DCM_VR_CS, 0, "GantryType", "1", "Gantry Type" },
    { 0x40101009, 0xFFFFFFFF, DCM_VR_CS, 0, "OOIOwnerType", "1", "OOI Owner Type" },
    { 0x4010100A, 0xFFFFFFFF, DCM_VR_SQ, 0, "RouteSegmentSequence", "1", "Route Segment Sequence" },
    { 0x40101010, 0xFFFFFFFF, DCM_VR_US, 0, "PotentialThreatObjectID", "1", "Potential Threat Object ID" },
    { 0x40101011, 0xFFFFFFFF, DCM_VR_SQ, 0, "ThreatSequence", "1", "Threat Sequence" },
    { 0x40101012, 0xFFFFFFFF, DCM_VR_CS, 0, "ThreatCategory", "1", "Threat Category" },
    { 0x40101013, 0xFFFFFFFF, DCM_VR_LT, 0, "ThreatCategoryDescription", "1", "Threat Category Description" },
    { 0x40101014, 0xFFFFFFFF, DCM_VR_CS, 0, "ATDAbilityAssessment", "1", "ATD Ability Assessment" },
    { 0x40101015, 0xFFFFFFFF, DCM_VR_CS, 0, "ATDAssessmentFlag", "1", "ATD Assessment Flag" },
    { 0x40101016, 0xFFFFFFFF, DCM_VR_FL, 0, "ATDAssessmentProbability", "1", "ATD Assessment Probability" },
    { 0x40101017, 0xFFFFFFFF, DCM_VR_FL, 0, "Mass", "1", "Mass" },
    { 0x40101018, 0xFFFFFFFF, DCM_VR_FL, 0, "Density", "1", "Density" },
    { 0x40101019, 0xFFFFFFFF, DCM_VR_FL, 0, "ZEffective", "1", "Z Effective" },
    { 0x4010101A, 0xFFFFFFFF, DCM_VR_SH, 0, "BoardingPassID", "1", "Boarding Pass ID" },
    { 0x4010101B, 0xFFFFFFFF, DCM_VR_FL, 0, "CenterOfMass", "3", "Center of Mass" },
    { 0x4010101C, 0xFFFFFFFF, DCM_VR_FL, 0, "CenterOfPTO", "3", "Center of PTO" },
    { 0x4010101D, 0xFFFFFFFF, DCM_VR_FL, 0, "BoundingPolygon", "6-n", "Bounding Polygon" },
    { 0x4010101E, 0xFFFFFFFF, DCM_VR_SH, 0, "RouteSegmentStartLocationID", "1", "Route Segment Start Location ID" },
    { 0x4010101F, 0xFFFFFFFF, DCM_VR_SH, 0, "RouteSegmentEndLocationID", "1", "Route Segment End Location ID" },
    { 0x40101020, 0xFFFFFFFF, DCM_VR_CS, 0, "RouteSegmentLocationIDType", "1", "Route Segment Location ID Type" },
    { 0x40101021, 0xFFFFFFFF, DCM_VR_CS, 0, "AbortReason", "1-n", "Abort Reason" },
    { 0x40101023, 0xFFFFFFFF, DCM_VR_FL, 0, "VolumeOfPTO", "1", "Volume of PTO" },
    { 0x40101024, 0xFFFFFFFF, DCM_VR_CS, 0, "AbortFlag", "1", "Abort Flag" },
    { 0x40101025, 0xFFFFFFFF, DCM_VR_DT, 0, "RouteSegmentStartTime", "1", "Route Segment Start Time" },
    { 0x40101026, 0xFFFFFFFF, DCM_VR_DT, 0, "RouteSegmentEndTime", "1", "Route Segment End Time" },
    { 0x40101027, 0xFFFFFFFF, DCM_VR_CS, 0, "TDRType", "1", "TDR Type" },
    { 0x40101028, 0xFFFFFFFF, DCM_VR_CS, 0, "InternationalRouteSegment", "1", "International Route Segment" },
    { 0x40101029, 0xFFFFFFFF, DCM_VR_LO, 0, "ThreatDetectionAlgorithmAndVersion", "1-n", "Threat Detection Algorithm and Version" },
    { 0x4010102A, 0xFFFFFFFF, DCM_VR_SH, 0, "AssignedLocation", "1", "Assigned Location" },
    { 0x4010102B, 0xFFFFFFFF, DCM_VR_DT, 0, "AlarmDecisionTime", "1", "Alarm Decision Time" },
    { 0x40101031, 0xFFFFFFFF, DCM_VR_CS, 0, "AlarmDecision", "1", "Alarm Decision" },
    { 0x40101033, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfTotalObjects", "1", "Number of Total Objects" },
    { 0x40101034, 0xFFFFFFFF, DCM_VR_US, 0, "NumberOfAlarmObjects", "1", "Number of Alarm Objects" },
    { 0x40101037, 0xFFFFFFFF, DCM_VR_SQ, 0, "PTORepresentationSequence", "1", "PTO Representation Sequence" },
    { 0x40101038, 0xFFFFFFFF, DCM_VR_SQ, 0, "ATDAssessmentSequence", "1", "ATD Assessment Sequence" },
    { 0x40101039, 0xFFFFFFFF, DCM_VR_CS, 0, "TIPType", "1", "TIP Type" },
    { 0x4010103A, 0xFFFFFFFF, DCM_VR_CS, 0, "DICOSVersion", "1", "DICOS Version" },
    { 0x40101041, 0xFFFFFFFF, DCM_VR_DT, 0, "OOIOwnerCreationTime", "1", "OOI Owner Creation Time" },
    { 0x40101042, 0xFFFFFFFF, DCM_VR_CS, 0, "OOIType", "1", "OOI Type" },
    { 0x40101043, 0xFFFFFFFF, DCM_VR_FL, 0, "OOISize", "3", "OOI Size" },
    { 0x40101044, 0xFFFFFFFF, DCM_VR_CS, 0, "AcquisitionStatus", "1", "Acquisition Status" },
    { 0x40101045, 0xFFFFFFFF, DCM_VR_SQ, 0, "BasisMaterialsCodeSequence", "1", "Basis Materials Code Sequence" },
    { 0x40101046, 0xFFFFFFFF, DCM_VR_CS, 0, "PhantomType", "1", "Phantom Type" },
    { 0x40101047, 0xFFFFFFFF, DCM_VR_SQ, 0, "OOIOwnerSequence", "1", "OOI Owner Sequence" },
    { 0x40101048, 0xFFFFFFFF, DCM_VR_CS, 0, "ScanType", "1", "Scan Type" },
    { 0x40101051, 0xFFFFFFFF, DCM_VR_LO, 0, "ItineraryID", "1", "Itinerary ID" },
    { 0x40101052, 0xFFFFFFFF, DCM_VR_SH, 0, "ItineraryIDType", "1", "Itinerary ID Type" },
    { 0x40101053, 0xFFFFFFFF, DCM_VR_LO, 0, "ItineraryIDAssigningAuthority", "1", "Itinerary ID Assigning Authority" },
    { 0x40101054, 0xFFFFFFFF, DCM_VR_SH, 0, "RouteID", "1", "Route ID" },
    { 0x40101055, 0xFFFFFFFF, DCM_VR_SH, 0, "RouteIDAssigningAuthority", "1", "Route ID Assigning Authority" },
    { 0x40101056, 0xFFFFFFFF, DCM_VR_CS, 0, "InboundArrivalType", "1", "Inbound Arrival Type" },
    { 0x40101058, 0xFFFFFFFF, DCM_VR_SH, 0, "CarrierID", "1", "Carrier ID" },
    { 0x40101059, 0xFFFFFFFF, DCM_VR_CS, 0, "CarrierIDAssigningAuthority", "1", "Carrier ID Assigning Authority" },
    { 0x40101060, 0xFFFFFFFF, DCM_VR_FL, 0, "SourceOrientation", "3", "Source Orientation" },
    { 0x40101061, 0xFFFFFFFF, DCM_VR_FL, 0, "SourcePosition", "3", "Source Position" },
    { 0x40101062, 0xFFFFFFFF, DCM_VR_FL, 0, "BeltHeight", "1", "Belt Height" },
    { 0x40101064, 0xFFFFFFFF, DCM_VR_SQ, 0, "AlgorithmRoutingCodeSequence", "1", "Algorithm Routing Code Sequence" },
    { 0x40101067, 0xFFFFFFFF, DCM_VR_CS, 0, "TransportClassification", "1", "Transport Classification" },
    { 0x40101068, 0xFFFFFFFF, DCM_VR_LT, 0, "OOITypeDescriptor", "1", "OOI Type Descriptor" },
    { 0x40101069, 0xFFFFFFFF, DCM_VR_FL, 0, "TotalProcessingTime", "1", "Total Processing Time" },
    { 0x4010106C, 0xFFFFFFFF, DCM_VR_OB, 0, "DetectorCalibrationData", "1", "Detector Calibration Data" },
    { 0x4010106D, 0xFFFFFFFF, DCM_VR_CS, 0, "AdditionalScreeningPerformed", "1", "Additional Screening Performed" },
    { 0x4010106E, 0xFFFFFFFF, DCM_VR_CS, 0, "AdditionalInspectionSelectionCriteria", "1", "Additional Inspection Selection Criteria" },
    { 0x4010106F, 0xFFFFFFFF, DCM_VR_SQ, 0, "AdditionalInspectionMethodSequence", "1", "Additional Inspection Method Sequence" },
    { 0x40101070, 0xFFFFFFFF, DCM_VR_CS, 0, "AITDeviceType", "1", "AIT Device Type" },
    { 0x40101071, 0xFFFFFFFF, DCM_VR_SQ, 0, "QRMeasurementsSequence", "1", "QR Measurements Sequence" },
    { 0x40101072, 0xFFFFFFFF, DCM_VR_SQ, 0, "TargetMaterialSequence", "1", "Target Material Sequence" },
    { 0x40101073, 0xFFFFFFFF, DCM_VR_FD, 0, "SNRThreshold", "1", "SNR Threshold" },
    { 0x40101075, 0xFFFFFFFF, DCM_VR_DS, 0, "ImageScaleRepresentation", "1", "Image Scale Representation" },
    { 0x40101076, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedPTOSequence", "1", "Referenced PTO Sequence" },
    { 0x40101077, 0xFFFFFFFF, DCM_VR_SQ, 0, "ReferencedTDRInstanceSequence", "1", "Referenced TDR Instance Sequence" },
    { 0x40101078, 0xFFFFFFFF, DCM_VR_ST, 0, "PTOLocationDescription", "1", "PTO Location Description" },
    { 0x40101079, 0xFFFFFFFF, DCM_VR_SQ, 0, "AnomalyLocatorIndicatorSequence", "1", "Anomaly Locator Indicator Sequence" },
    { 0x4010107A, 0xFFFFFFFF, DCM_VR_FL, 0, "AnomalyLocatorIndicator", "3", "Anomaly Locator Indicator" },
    { 0x4010107B, 0xFFFFFFFF, DCM_VR_SQ, 0, "PTORegionSequence", "1", "PTO Region Sequence" },
    { 0x4010107C, 0xFFFFFFFF, DCM_VR_CS, 0, "InspectionSelectionCriteria", "1", "Inspection Selection Criteria" },
    { 0x4010107D, 0xFFFFFFFF, DCM_VR_SQ, 0, "SecondaryInspectionMethodSequence", "1", "Secondary Inspection Method Sequence" },
    { 0x4010107E, 0xFFFFFFFF, DCM_VR_DS, 0, "PRCSToRCSOrientation", "6", "PRCS to RCS Orientation" },
    { 0x4FFE0001, 0xFFFFFFFF, DCM_VR_SQ, 0, "MACParametersSequence", "1", "MAC Parameters Sequence" },
    { 0x52009229, 0xFFFFFFFF, DCM_VR_SQ, 0, "SharedFunctionalGroupsSequence", "1", "Shared Functional Groups Sequence" },
    { 0x52009230, 0xFFFFFFFF, DCM_VR_SQ, 0, "PerFrameFunctionalGroupsSequence", "1", "Per-frame Functional Groups Sequence" },
    { 0x54000100, 0xFFFFFFFF, DCM_VR_SQ, 0, "WaveformSequence", "1", "Waveform Sequence" },
    { 0x54000110, 0xFFFFFFFF, DCM_VR_AMBIG_OB_OW, 0, "ChannelMinimumValue", "1", "Channel Minimum Value" },
    { 0x54000112, 0xFFFFFFFF, DCM_VR_AMBIG_OB_OW, 0, "ChannelMaximumValue", "1", "Channel Maximum Value" },
    { 0x54001004, 0xFFFFFFFF, DCM_VR_US, 0, "WaveformBitsAllocated", "1", "Waveform Bits Allocated" },
    { 0x54001006, 0xFFFFFFFF, DCM_VR_CS, 0, "WaveformSampleInterpretation", "1", "Waveform Sample Interpretation" },
    { 0x5400100A, 0xFFFFFFFF, DCM_VR_AMBIG_OB_OW, 0, "WaveformPaddingValue", "1", "Waveform Padding Value" },
    { 0x54001010, 0xFFFFFFFF, DCM_VR_AMBIG_OB_OW, 0, "WaveformData", "1", "Waveform Data" },
    { 0x56000010, 0xFFFFFFFF, DCM_VR_OF, 0, "FirstOrderPhaseCorrectionAngle", "1", "First Order Phase Correction Angle" },
    { 0x56000020, 0xFFFFFFFF, DCM_VR_OF, 0, "SpectroscopyData", "1", "Spectroscopy Data" },
    { 0x7FE00001, 0xFFFFFFFF, DCM_VR_OV, 0, "ExtendedOffsetTable", "1", "Extended Offset Table" },
    { 0x7FE00002, 0xFFFFFFFF, DCM_VR_OV, 0, "ExtendedOffsetTableLengths", "1", "Extended Offset Table Lengths" },
    { 0x7FE00008, 0xFFFFFFFF, DCM_VR_OF, 0, "FloatPixelData", "1", "Float Pixel Data" },
    { 0x7FE00009, 0xFFFFFFFF, DCM_VR_OD, 0, "DoubleFloatPixelData", "1", "Double Float Pixel Data" },
    { 0x7FE00010, 0xFFFFFFFF, DCM_VR_AMBIG_OB_OW, 0, "PixelData", "1", "Pixel Data" },
    { 0x7FE00020, 0xFFFFFFFF, DCM_VR_OW, 1, "CoefficientsSDVN", "1", "Coefficients SDVN" },
    { 0x7FE00030, 0xFFFFFFFF, DCM_VR_OW, 1, "CoefficientsSDHN", "1", "Coefficients SDHN" },
    { 0x7FE00040, 0xFFFFFFFF, DCM_VR_OW, 1, "CoefficientsSDDN", "1", "Coefficients SDDN" },
    { 0xFFFAFFFA, 0xFFFFFFFF, DCM_VR_SQ, 0, "DigitalSignaturesSequence", "1", "Digital Signatures Sequence" },
    { 0xFFFCFFFC, 0xFFFFFFFF, DCM_VR_OB, 0, "DataSetTrailingPadding", "1", "Data Set Trailing Padding" },
    { 0xFFFEE000, 0xFFFFFFFF, DCM_VR_NONE, 0, "Item", "1", "Item" },
    { 0xFFFEE00D, 0xFFFFFFFF, DCM_VR_NONE, 0, "ItemDelimitationItem", "1", "Item Delimitation Item" },
    { 0xFFFEE0DD, 0xFFFFFFFF, DCM_VR_NONE, 0, "SequenceDelimitationItem", "1", "Sequence Delimitation Item" },
};

const size_t dcm_dict_table_count =
    sizeof(dcm_dict_table) / sizeof(dcm_dict_table[0]);

const dcm_dict_entry dcm_dict_repeaters[] = {
    { 0x00203100, 0xFFFFFF00, DCM_VR_CS, 1, "SourceImageIDs", "1-n", "Source Image IDs" },
    { 0x00280400, 0xFFFFFF0F, DCM_VR_US, 1, "RowsForNthOrderCoefficients", "1", "Rows For Nth Order Coefficients" },
    { 0x00280401, 0xFFFFFF0F, DCM_VR_US, 1, "ColumnsForNthOrderCoefficients", "1", "Columns For Nth Order Coefficients" },
    { 0x00280402, 0xFFFFFF0F, DCM_VR_LO, 1, "CoefficientCoding", "1-n", "Coefficient Coding" },
    { 0x00280403, 0xFFFFFF0F, DCM_VR_AT, 1, "CoefficientCodingPointers", "1-n", "Coefficient Coding Pointers" },
    { 0x00280800, 0xFFFFFF0F, DCM_VR_CS, 1, "CodeLabel", "1-n", "Code Label" },
    { 0x00280802, 0xFFFFFF0F, DCM_VR_US, 1, "NumberOfTables", "1", "Number of Tables" },
    { 0x00280803, 0xFFFFFF0F, DCM_VR_AT, 1, "CodeTableLocation", "1-n", "Code Table Location" },
    { 0x00280804, 0xFFFFFF0F, DCM_VR_US, 1, "BitsForCodeWord", "1", "Bits For Code Word" },
    { 0x00280808, 0xFFFFFF0F, DCM_VR_AT, 1, "ImageDataLocation", "1-n", "Image Data Location" },
    { 0x10000000, 0xFFFF000F, DCM_VR_US, 1, "EscapeTriplet", "3", "Escape Triplet" },
    { 0x10000001, 0xFFFF000F, DCM_VR_US, 1, "RunLengthTriplet", "3", "Run Length Triplet" },
    { 0x10000002, 0xFFFF000F, DCM_VR_US, 1, "HuffmanTableSize", "1", "Huffman Table Size" },
    { 0x10000003, 0xFFFF000F, DCM_VR_US, 1, "HuffmanTableTriplet", "3", "Huffman Table Triplet" },
    { 0x10000004, 0xFFFF000F, DCM_VR_US, 1, "ShiftTableSize", "1", "Shift Table Size" },
    { 0x10000005, 0xFFFF000F, DCM_VR_US, 1, "ShiftTableTriplet", "3", "Shift Table Triplet" },
    { 0x10100000, 0xFFFF0000, DCM_VR_US, 1, "ZonalMap", "1-n", "Zonal Map" },
    { 0x50000005, 0xFF00FFFF, DCM_VR_US, 1, "CurveDimensions", "1", "Curve Dimensions" },
    { 0x50000010, 0xFF00FFFF, DCM_VR_US, 1, "NumberOfPoints", "1", "Number of Points" },
    { 0x50000020, 0xFF00FFFF, DCM_VR_CS, 1, "TypeOfData", "1", "Type of Data" },
    { 0x50000022, 0xFF00FFFF, DCM_VR_LO, 1, "CurveDescription", "1", "Curve Description" },
    { 0x50000030, 0xFF00FFFF, DCM_VR_SH, 1, "AxisUnits", "1-n", "Axis Units" },
    { 0x50000040, 0xFF00FFFF, DCM_VR_SH, 1, "AxisLabels", "1-n", "Axis Labels" },
    { 0x50000103, 0xFF00FFFF, DCM_VR_US, 1, "DataValueRepresentation", "1", "Data Value Representation" },
    { 0x50000104, 0xFF00FFFF, DCM_VR_US, 1, "MinimumCoordinateValue", "1-n", "Minimum Coordinate Value" },
    { 0x50000105, 0xFF00FFFF, DCM_VR_US, 1, "MaximumCoordinateValue", "1-n", "Maximum Coordinate Value" },
    { 0x50000106, 0xFF00FFFF, DCM_VR_SH, 1, "CurveRange", "1-n", "Curve Range" },
    { 0x50000110, 0xFF00FFFF, DCM_VR_US, 1, "CurveDataDescriptor", "1-n", "Curve Data Descriptor" },
    { 0x50000112, 0xFF00FFFF, DCM_VR_US, 1, "CoordinateStartValue", "1-n", "Coordinate Start Value" },
    { 0x50000114, 0xFF00FFFF, DCM_VR_US, 1, "CoordinateStepValue", "1-n", "Coordinate Step Value" },
    { 0x50001001, 0xFF00FFFF, DCM_VR_CS, 1, "CurveActivationLayer", "1", "Curve Activation Layer" },
    { 0x50002000, 0xFF00FFFF, DCM_VR_US, 1, "AudioType", "1", "Audio Type" },
    { 0x50002002, 0xFF00FFFF, DCM_VR_US, 1, "AudioSampleFormat", "1", "Audio Sample Format" },
    { 0x50002004, 0xFF00FFFF, DCM_VR_US, 1, "NumberOfChannels", "1", "Number of Channels" },
    { 0x50002006, 0xFF00FFFF, DCM_VR_UL, 1, "NumberOfSamples", "1", "Number of Samples" },
    { 0x50002008, 0xFF00FFFF, DCM_VR_UL, 1, "SampleRate", "1", "Sample Rate" },
    { 0x5000200A, 0xFF00FFFF, DCM_VR_UL, 1, "TotalTime", "1", "Total Time" },
    { 0x5000200C, 0xFF00FFFF, DCM_VR_AMBIG_OB_OW, 1, "AudioSampleData", "1", "Audio Sample Data" },
    { 0x5000200E, 0xFF00FFFF, DCM_VR_LT, 1, "AudioComments", "1", "Audio Comments" },
    { 0x50002500, 0xFF00FFFF, DCM_VR_LO, 1, "CurveLabel", "1", "Curve Label" },
    { 0x50002600, 0xFF00FFFF, DCM_VR_SQ, 1, "CurveReferencedOverlaySequence", "1", "Curve Referenced Overlay Sequence" },
    { 0x50002610, 0xFF00FFFF, DCM_VR_US, 1, "CurveReferencedOverlayGroup", "1", "Curve Referenced Overlay Group" },
    { 0x50003000, 0xFF00FFFF, DCM_VR_AMBIG_OB_OW, 1, "CurveData", "1", "Curve Data" },
    { 0x60000010, 0xFF00FFFF, DCM_VR_US, 0, "OverlayRows", "1", "Overlay Rows" },
    { 0x60000011, 0xFF00FFFF, DCM_VR_US, 0, "OverlayColumns", "1", "Overlay Columns" },
    { 0x60000012, 0xFF00FFFF, DCM_VR_US, 1, "OverlayPlanes", "1", "Overlay Planes" },
    { 0x60000015, 0xFF00FFFF, DCM_VR_IS, 0, "NumberOfFramesInOverlay", "1", "Number of Frames in Overlay" },
    { 0x60000022, 0xFF00FFFF, DCM_VR_LO, 0, "OverlayDescription", "1", "Overlay Description" },
    { 0x60000040, 0xFF00FFFF, DCM_VR_CS, 0, "OverlayType", "1", "Overlay Type" },
    { 0x60000045, 0xFF00FFFF, DCM_VR_LO, 0, "OverlaySubtype", "1", "Overlay Subtype" },
    { 0x60000050, 0xFF00FFFF, DCM_VR_SS, 0, "OverlayOrigin", "2", "Overlay Origin" },
    { 0x60000051, 0xFF00FFFF, DCM_VR_US, 0, "ImageFrameOrigin", "1", "Image Frame Origin" },
    { 0x60000052, 0xFF00FFFF, DCM_VR_US, 1, "OverlayPlaneOrigin", "1", "Overlay Plane Origin" },
    { 0x60000060, 0xFF00FFFF, DCM_VR_CS, 1, "OverlayCompressionCode", "1", "Overlay Compression Code" },
    { 0x60000061, 0xFF00FFFF, DCM_VR_SH, 1, "OverlayCompressionOriginator", "1", "Overlay Compression Originator" },
    { 0x60000062, 0xFF00FFFF, DCM_VR_SH, 1, "OverlayCompressionLabel", "1", "Overlay Compression Label" },
    { 0x60000063, 0xFF00FFFF, DCM_VR_CS, 1, "OverlayCompressionDescription", "1", "Overlay Compression Description" },
    { 0x60000066, 0xFF00FFFF, DCM_VR_AT, 1, "OverlayCompressionStepPointers", "1-n", "Overlay Compression Step Pointers" },
    { 0x60000068, 0xFF00FFFF, DCM_VR_US, 1, "OverlayRepeatInterval", "1", "Overlay Repeat Interval" },
    { 0x60000069, 0xFF00FFFF, DCM_VR_US, 1, "OverlayBitsGrouped", "1", "Overlay Bits Grouped" },
    { 0x60000100, 0xFF00FFFF, DCM_VR_US, 0, "OverlayBitsAllocated", "1", "Overlay Bits Allocated" },
    { 0x60000102, 0xFF00FFFF, DCM_VR_US, 0, "OverlayBitPosition", "1", "Overlay Bit Position" },
    { 0x60000110, 0xFF00FFFF, DCM_VR_CS, 1, "OverlayFormat", "1", "Overlay Format" },
    { 0x60000200, 0xFF00FFFF, DCM_VR_US, 1, "OverlayLocation", "1", "Overlay Location" },
    { 0x60000800, 0xFF00FFFF, DCM_VR_CS, 1, "OverlayCodeLabel", "1-n", "Overlay Code Label" },
    { 0x60000802, 0xFF00FFFF, DCM_VR_US, 1, "OverlayNumberOfTables", "1", "Overlay Number of Tables" },
    { 0x60000803, 0xFF00FFFF, DCM_VR_AT, 1, "OverlayCodeTableLocation", "1-n", "Overlay Code Table Location" },
    { 0x60000804, 0xFF00FFFF, DCM_VR_US, 1, "OverlayBitsForCodeWord", "1", "Overlay Bits For Code Word" },
    { 0x60001001, 0xFF00FFFF, DCM_VR_CS, 0, "OverlayActivationLayer", "1", "Overlay Activation Layer" },
    { 0x60001100, 0xFF00FFFF, DCM_VR_US, 1, "OverlayDescriptorGray", "1", "Overlay Descriptor - Gray" },
    { 0x60001101, 0xFF00FFFF, DCM_VR_US, 1, "OverlayDescriptorRed", "1", "Overlay Descriptor - Red" },
    { 0x60001102, 0xFF00FFFF, DCM_VR_US, 1, "OverlayDescriptorGreen", "1", "Overlay Descriptor - Green" },
    { 0x60001103, 0xFF00FFFF, DCM_VR_US, 1, "OverlayDescriptorBlue", "1", "Overlay Descriptor - Blue" },
    { 0x60001200, 0xFF00FFFF, DCM_VR_US, 1, "OverlaysGray", "1-n", "Overlays - Gray" },
    { 0x60001201, 0xFF00FFFF, DCM_VR_US, 1, "OverlaysRed", "1-n", "Overlays - Red" },
    { 0x60001202, 0xFF00FFFF, DCM_VR_US, 1, "OverlaysGreen", "1-n", "Overlays - Green" },
    { 0x60001203, 0xFF00FFFF, DCM_VR_US, 1, "OverlaysBlue", "1-n", "Overlays - Blue" },
    { 0x60001301, 0xFF00FFFF, DCM_VR_IS, 0, "ROIArea", "1", "ROI Area" },
    { 0x60001302, 0xFF00FFFF, DCM_VR_DS, 0, "ROIMean", "1", "ROI Mean" },
    { 0x60001303, 0xFF00FFFF, DCM_VR_DS, 0, "ROIStandardDeviation", "1", "ROI Standard Deviation" },
    { 0x60001500, 0xFF00FFFF, DCM_VR_LO, 0, "OverlayLabel", "1", "Overlay Label" },
    { 0x60003000, 0xFF00FFFF, DCM_VR_AMBIG_OB_OW, 0, "OverlayData", "1", "Overlay Data" },
    { 0x60004000, 0xFF00FFFF, DCM_VR_LT, 1, "OverlayComments", "1", "Overlay Comments" },
    { 0x7F000010, 0xFF00FFFF, DCM_VR_AMBIG_OB_OW, 1, "VariablePixelData", "1", "Variable Pixel Data" },
    { 0x7F000011, 0xFF00FFFF, DCM_VR_US, 1, "VariableNextDataGroup", "1", "Variable Next Data Group" },
    { 0x7F000020, 0xFF00FFFF, DCM_VR_OW, 1, "VariableCoefficientsSDVN", "1", "Variable Coefficients SDVN" },
    { 0x7F000030, 0xFF00FFFF, DCM_VR_OW, 1, "VariableCoefficientsSDHN", "1", "Variable Coefficients SDHN" },
    { 0x7F000040, 0xFF00FFFF, DCM_VR_OW, 1, "VariableCoefficientsSDDN", "1", "Variable Coefficients SDDN" },
};

const size_t dcm_dict_repeaters_count =
    sizeof(dcm_dict_repeaters) / sizeof(dcm_dict_repeaters[0]);

const uint16_t dcm_dict_keyword_index[] = {
    4865,  /* AITDeviceType */
    2842,  /* ALinePixelSpacing */
    2839,  /* ALineRate */
    2840,  /* ALinesPerFrame */
    1269,  /* ASLBolusCutoffDelayTime */
    1266,  /* ASLBolusCutoffFlag */
    1268,  /* ASLBolusCutoffTechnique */
    1267,  /* ASLBolusCutoffTimingSequence */
    1261,  /* ASLContext */
    1265,  /* ASLCrusherDescription */
    1263,  /* ASLCrusherFlag */
    1264,  /* ASLCrusherFlowLimit */
    1260,  /* ASLMidSlabPosition */
    1262,  /* ASLPulseTrainDuration */
    1257,  /* ASLSlabNumber */
    1259,  /* ASLSlabOrientation */
    1270,  /* ASLSlabSequence */
    1258,  /* ASLSlabThickness */
    1256,  /* ASLTechniqueDescription */
    4808,  /* ATDAbilityAssessment */
    4809,  /* ATDAssessmentFlag */
    4810,  /* ATDAssessmentProbability */
    4835,  /* ATDAssessmentSequence */
    4823,  /* AbortFlag */
    4821,  /* AbortReason */
    2322,  /* AbsoluteChannelDisplayScale */
    4729,  /* AbsoluteDosimetricObjectiveFlag */
    4604,  /* AbsorbedDoseToMetersetRatio */
    3341,  /* AbstractPriorCodeSequence */
    3340,  /* AbstractPriorValue */
    645,  /* Acceleration */
    116,  /* AccessionNumber */
    4087,  /* AccessoryCode */
    1408,  /* AcquiredImageAreaDoseProduct */
    509,  /* AcquiredSoundpathLength */
    882,  /* AcquiredSubtractionMaskFlag */
    1000,  /* AcquisitionComments */
    510,  /* AcquisitionCompressionType */
    2414,  /* AcquisitionContextDescription */
    2413,  /* AcquisitionContextSequence */
    297,  /* AcquisitionContrast */
    102,  /* AcquisitionDate */
    106,  /* AcquisitionDateTime */
    924,  /* AcquisitionDeviceProcessingCode */
    923,  /* AcquisitionDeviceProcessingDescription */
    1722,  /* AcquisitionDeviceTypeCodeSequence */
    1170,  /* AcquisitionDuration */
    1559,  /* AcquisitionEndLocationSequence */
    891,  /* AcquisitionFieldOfViewLabel */
    1700,  /* AcquisitionIndex */
    916,  /* AcquisitionMatrix */
    1830,  /* AcquisitionMethodAlgorithmSequence */
    1829,  /* AcquisitionMethodCodeSequence */
    880,  /* AcquisitionMode */
    1557,  /* AcquisitionMotion */
    1586,  /* AcquisitionNumber */
    1370,  /* AcquisitionProtocolDescription */
    1552,  /* AcquisitionProtocolElementSequence */
    1551,  /* AcquisitionProtocolElementSpecificationSequence */
    1369,  /* AcquisitionProtocolName */
    511,  /* AcquisitionSampleSize */
    743,  /* AcquisitionStartCondition */
    744,  /* AcquisitionStartConditionData */
    1558,  /* AcquisitionStartLocationSequence */
    4841,  /* AcquisitionStatus */
    741,  /* AcquisitionTerminationCondition */
    745,  /* AcquisitionTerminationConditionData */
    109,  /* AcquisitionTime */
    975,  /* AcquisitionTimeSynchronized */
    1276,  /* AcquisitionType */
    1615,  /* AcquisitionsInSeries */
    1618,  /* AcquisitionsInStudy */
    1746,  /* AcrossScanSpatialResolution */
    24,  /* ActionTypeID */
    566,  /* ActiveAperture */
    1068,  /* ActiveImageAreaOverlayGroup */
    4178,  /* ActiveSourceDiameter */
    4179,  /* ActiveSourceLength */
    1676,  /* ActualCardiacTriggerDelayTime */
    1650,  /* ActualCardiacTriggerTimePriorToRPeak */
    428,  /* ActualEnvironmentalConditions */
    904,  /* ActualFrameDuration */
    2494,  /* ActualHumanPerformersSequence */
    1681,  /* ActualRespiratoryTriggerDelayTime */
    2053,  /* AdaptiveMapFormat */
    39,  /* AddGrayScale */
    2727,  /* AddIntermediateSequence */
    2726,  /* AddNearSequence */
    2728,  /* AddOtherSequence */
    2729,  /* AddPower */
    723,  /* AdditionalDrugSequence */
    4864,  /* AdditionalInspectionMethodSequence */
    4863,  /* AdditionalInspectionSelectionCriteria */
    4533,  /* AdditionalParameterRecordingInstanceSequence */
    362,  /* AdditionalPatientHistory */
    3848,  /* AdditionalRTROIIdentificationCodeSequence */
    4862,  /* AdditionalScreeningPerformed */
    2603,  /* AddressTrial */
    2900,  /* AdministrationRouteCodeSequence */
    2260,  /* AdmissionID */
    2269,  /* AdmittingDate */
    208,  /* AdmittingDiagnosesCodeSequence */
    207,  /* AdmittingDiagnosesDescription */
    2270,  /* AdmittingTime */
    3309,  /* AdvancedBlendingSequence */
    2,  /* AffectedSOPClassUID */
    20,  /* AffectedSOPInstanceUID */
    4209,  /* AfterloaderChannelID */
    1916,  /* AgeCorrectedSensitivityDeviationAlgorithmSequence */
    1948,  /* AgeCorrectedSensitivityDeviationProbabilityValue */
    1941,  /* AgeCorrectedSensitivityDeviationValue */
    469,  /* AirCounts */
    4831,  /* AlarmDecision */
    4830,  /* AlarmDecisionTime */
    2592,  /* AlgorithmCodeSequenceTrial */
    1429,  /* AlgorithmDescription */
    2593,  /* AlgorithmDescriptionTrial */
    3013,  /* AlgorithmFamilyCodeSequence */
    3019,  /* AlgorithmName */
    3014,  /* AlgorithmNameCodeSequence */
    3016,  /* AlgorithmParameters */
    4857,  /* AlgorithmRoutingCodeSequence */
    1967,  /* AlgorithmSource */
    1428,  /* AlgorithmType */
    3015,  /* AlgorithmVersion */
    1514,  /* AliasedDataType */
    354,  /* Allergies */
    3750,  /* AllowLossyCompression */
    3742,  /* AllowMediaSplitting */
    1741,  /* AlongScanSpatialResolution */
    2111,  /* AlphaLUTTransferFunction */
    2081,  /* AlphaPaletteColorLookupTableData */
    2072,  /* AlphaPaletteColorLookupTableDescriptor */
    4020,  /* AlternateBeamDose */
    4021,  /* AlternateBeamDoseType */
    2404,  /* AlternateContainerIdentifierSequence */
    3170,  /* AlternateContentDescriptionSequence */
    281,  /* AlternateRepresentationSequence */
    4518,  /* AlternateValueSequence */
    2177,  /* AmbientLightValueSource */
    3283,  /* AmbientReflectionIntensity */
    485,  /* AmplifierType */
    2766,  /* AnalyzedArea */
    274,  /* AnatomicApproachDirectionCodeSequenceTrial */
    278,  /* AnatomicLocationOfExaminingInstrumentCodeSequenceTrial */
    277,  /* AnatomicLocationOfExaminingInstrumentDescriptionTrial */
    276,  /* AnatomicPerspectiveCodeSequenceTrial */
    275,  /* AnatomicPerspectiveDescriptionTrial */
    273,  /* AnatomicPortalOfEntranceCodeSequenceTrial */
    264,  /* AnatomicRegionModifierSequence */
    263,  /* AnatomicRegionSequence */
    127,  /* AnatomicRegionsInStudyCodeSequence */
    262,  /* AnatomicStructure */
    1839,  /* AnatomicStructureReferencePoint */
    272,  /* AnatomicStructureSpaceOrRegionCodeSequenceTrial */
    279,  /* AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial */
    266,  /* AnatomicStructureSpaceOrRegionSequence */
    369,  /* AnatomicalOrientationType */
    3144,  /* AnchorPoint */
    3136,  /* AnchorPointAnnotationUnits */
    3145,  /* AnchorPointVisibility */
    718,  /* AngioFlag */
    1592,  /* AngleNumber */
    845,  /* AngularPosition */
    848,  /* AngularStep */
    2890,  /* AngularViewVector */
    3303,  /* AnimationCurveSequence */
    3304,  /* AnimationStepSize */
    3128,  /* AnnotationAppliesToAllOpticalPaths */
    3130,  /* AnnotationAppliesToAllZPlanes */
    3300,  /* AnnotationClipping */
    3731,  /* AnnotationContentSequence */
    3117,  /* AnnotationCoordinateType */
    3657,  /* AnnotationDisplayFormatID */
    3645,  /* AnnotationFlag */
    3123,  /* AnnotationGroupAlgorithmIdentificationSequence */
    3121,  /* AnnotationGroupDescription */
    3122,  /* AnnotationGroupGenerationType */
    3120,  /* AnnotationGroupLabel */
    2585,  /* AnnotationGroupNumber */
    3118,  /* AnnotationGroupSequence */
    3119,  /* AnnotationGroupUID */
    3132,  /* AnnotationIndexList */
    3693,  /* AnnotationPosition */
    3124,  /* AnnotationPropertyCategoryCodeSequence */
    3125,  /* AnnotationPropertyTypeCodeSequence */
    3126,  /* AnnotationPropertyTypeModifierCodeSequence */
    874,  /* AnodeTargetMaterial */
    4874,  /* AnomalyLocatorIndicator */
    4873,  /* AnomalyLocatorIndicatorSequence */
    1802,  /* AnteriorChamberDepth */
    1795,  /* AnteriorChamberDepthDefinitionCodeSequence */
    1797,  /* AnteriorChamberDepthSequence */
    568,  /* ApertureElevation */
    631,  /* ApertureValue */
    1685,  /* ApexPosition */
    2134,  /* ApplicableFrameRange */
    1221,  /* ApplicableSafetyStandardAgency */
    1222,  /* ApplicableSafetyStandardDescription */
    1427,  /* ApplicationManufacturer */
    3388,  /* ApplicationMaximumRepaintTime */
    1425,  /* ApplicationName */
    3922,  /* ApplicationSetupCheck */
    4195,  /* ApplicationSetupManufacturer */
    4194,  /* ApplicationSetupName */
    4193,  /* ApplicationSetupNumber */
    4191,  /* ApplicationSetupSequence */
    4192,  /* ApplicationSetupType */
    1426,  /* ApplicationVersion */
    4331,  /* ApplicatorApertureShape */
    4099,  /* ApplicatorDescription */
    4330,  /* ApplicatorGeometrySequence */
    4097,  /* ApplicatorID */
    4332,  /* ApplicatorOpening */
    4333,  /* ApplicatorOpeningX */
    4334,  /* ApplicatorOpeningY */
    4096,  /* ApplicatorSequence */
    4227,  /* ApplicatorShapeReferencedROINumber */
    4098,  /* ApplicatorType */
    896,  /* AppliedMaskSubtractionFlag */
    2681,  /* ApprovalSequence */
    4612,  /* ApprovalStatus */
    2670,  /* ApprovalStatusDateTime */
    2669,  /* ApprovalStatusFurtherDescription */
    2690,  /* ApprovalSubjectSequence */
    4763,  /* Arbitrary */
    2619,  /* ArchiveRequested */
    1254,  /* ArterialSpinLabelingContrast */
    1874,  /* AscanRate */
    2684,  /* AsserterIdentificationSequence */
    2682,  /* AssertionCodeSequence */
    2687,  /* AssertionComments */
    2685,  /* AssertionDateTime */
    2686,  /* AssertionExpirationDateTime */
    2683,  /* AssertionUID */
    3581,  /* AssessedAttributeValueSequence */
    3574,  /* AssessedSOPInstanceSequence */
    3588,  /* AssessmentLabel */
    3577,  /* AssessmentObservationsSequence */
    3583,  /* AssessmentRequesterSequence */
    3582,  /* AssessmentSetID */
    3572,  /* AssessmentSummary */
    3573,  /* AssessmentSummaryDescription */
    3586,  /* AssessmentTypeCodeSequence */
    4829,  /* AssignedLocation */
    2356,  /* AssigningAgencyOrDepartmentCodeSequence */
    2354,  /* AssigningFacilitySequence */
    2355,  /* AssigningJurisdictionCodeSequence */
    3830,  /* AttachedContours */
    1492,  /* AttenuationCorrected */
    2916,  /* AttenuationCorrectionMethod */
    1484,  /* AttenuationCorrectionSource */
    1503,  /* AttenuationCorrectionTemporalRelationship */
    23,  /* AttributeIdentifierList */
    3482,  /* AttributeItemSelector */
    3630,  /* AttributeModificationDateTime */
    3481,  /* AttributeOccurrencePointer */
    3483,  /* AttributeOccurrencePrivateCreator */
    3480,  /* AttributeOccurrenceSequence */
    4399,  /* AttributeToleranceValuesSequence */
    4942,  /* AudioComments */
    4941,  /* AudioSampleData */
    4936,  /* AudioSampleFormat */
    4935,  /* AudioType */
    4640,  /* AuthorIdentificationSequence */
    2549,  /* AuthorObserverSequence */
    3606,  /* AuthorizationEquipmentCertificationNumber */
    1577,  /* AutoKVPLowerBound */
    1575,  /* AutoKVPSelectionType */
    1576,  /* AutoKVPUpperBound */
    2709,  /* AutorefractionLeftEyeSequence */
    2708,  /* AutorefractionRightEyeSequence */
    3458,  /* AutosequenceFlag */
    282,  /* AvailableTransferSyntaxUID */
    4016,  /* AverageBeamDosePointDepth */
    4017,  /* AverageBeamDosePointEquivalentDepth */
    4018,  /* AverageBeamDosePointSSD */
    4126,  /* AverageBeamDosePointSourceToExternalContourDistance */
    2764,  /* AverageCornealPower */
    857,  /* AveragePulseWidth */
    2921,  /* AxialAcceptance */
    1476,  /* AxialDetectorDimension */
    1736,  /* AxialLengthOfTheEye */
    2922,  /* AxialMash */
    2776,  /* AxialPower */
    2837,  /* AxialResolution */
    4926,  /* AxisLabels */
    2994,  /* AxisOfRotation */
    4925,  /* AxisUnits */
    922,  /* B1rms */
    2721,  /* BackgroundColor */
    1884,  /* BackgroundIlluminationColorCodeSequence */
    1882,  /* BackgroundLuminance */
    477,  /* BadPixelImage */
    3741,  /* BarcodeSymbology */
    3740,  /* BarcodeValue */
    1167,  /* BaselineCorrection */
    3690,  /* BasicColorImageSequence */
    3689,  /* BasicGrayscaleImageSequence */
    4842,  /* BasisMaterialsCodeSequence */
    4677,  /* BasisRTTreatmentPhaseIndex */
    600,  /* BatteryLevel */
    1390,  /* BeamAngle */
    4492,  /* BeamAreaLimitSequence */
    4280,  /* BeamCurrentModulationID */
    4041,  /* BeamDeliveryDurationLimit */
    4039,  /* BeamDescription */
    4009,  /* BeamDose */
    4014,  /* BeamDoseMeaning */
    4011,  /* BeamDosePointDepth */
    4012,  /* BeamDosePointEquivalentDepth */
    4013,  /* BeamDosePointSSD */
    4023,  /* BeamDosePointSourceToExternalContourDistance */
    4007,  /* BeamDoseSpecificationPoint */
    4019,  /* BeamDoseType */
    4015,  /* BeamDoseVerificationControlPointSequence */
    480,  /* BeamHardeningCorrectionTechnique */
    4611,  /* BeamHoldOriginatingDeviceSequence */
    4609,  /* BeamHoldTransition */
    4610,  /* BeamHoldTransitionDateTime */
    4113,  /* BeamLimitingDeviceAngle */
    3987,  /* BeamLimitingDeviceAngleTolerance */
    3909,  /* BeamLimitingDeviceLeafPairsSequence */
    4109,  /* BeamLimitingDevicePositionSequence */
    3989,  /* BeamLimitingDevicePositionTolerance */
    4114,  /* BeamLimitingDeviceRotationDirection */
    4031,  /* BeamLimitingDeviceSequence */
    3988,  /* BeamLimitingDeviceToleranceSequence */
    4010,  /* BeamMeterset */
    4424,  /* BeamModifierOrientationAngle */
    4038,  /* BeamName */
    4037,  /* BeamNumber */
    3501,  /* BeamOrderIndex */
    3457,  /* BeamOrderIndexTrial */
    4027,  /* BeamSequence */
    2833,  /* BeamSpotSize */
    3949,  /* BeamStopperPosition */
    3455,  /* BeamTaskSequence */
    3456,  /* BeamTaskType */
    4040,  /* BeamType */
    820,  /* BeatRejectionFlag */
    4856,  /* BeltHeight */
    2125,  /* BiPlaneAcquisitionSequence */
    2579,  /* BibliographicCitationTrial */
    2379,  /* BillingItemSequence */
    2392,  /* BillingProcedureStepSequence */
    2394,  /* BillingSuppliesAndDevicesSequence */
    988,  /* BiopsyTargetSequence */
    2017,  /* BitsAllocated */
    4912,  /* BitsForCodeWord */
    2006,  /* BitsGrouped */
    2100,  /* BitsMappedToColorLookupTable */
    2018,  /* BitsStored */
    3311,  /* BlendingDisplayInputSequence */
    3312,  /* BlendingDisplaySequence */
    3310,  /* BlendingInputNumber */
    2101,  /* BlendingLUT1Sequence */
    2102,  /* BlendingLUT1TransferFunction */
    2107,  /* BlendingLUT2Sequence */
    2108,  /* BlendingLUT2TransferFunction */
    2105,  /* BlendingLookupTableData */
    2104,  /* BlendingLookupTableDescriptor */
    3313,  /* BlendingMode */
    3424,  /* BlendingOperationType */
    3241,  /* BlendingPosition */
    3238,  /* BlendingSequence */
    2103,  /* BlendingWeightConstant */
    1953,  /* BlindSpotLocalized */
    1954,  /* BlindSpotXCoordinate */
    1955,  /* BlindSpotYCoordinate */
    2014,  /* BlockColumns */
    4095,  /* BlockData */
    4461,  /* BlockDefinitionSequence */
    4088,  /* BlockDivergence */
    4462,  /* BlockEdgeData */
    4466,  /* BlockEdgeDataSequence */
    177,  /* BlockIdentifyingInformationStatus */
    4089,  /* BlockMountingPosition */
    4091,  /* BlockName */
    4090,  /* BlockNumber */
    4094,  /* BlockNumberOfPoints */
    4463,  /* BlockOrientation */
    2013,  /* BlockRows */
    4082,  /* BlockSequence */
    4339,  /* BlockSlabNumber */
    4337,  /* BlockSlabSequence */
    4338,  /* BlockSlabThickness */
    4092,  /* BlockThickness */
    4093,  /* BlockTransmission */
    4083,  /* BlockTrayID */
    4086,  /* BlockType */
    2012,  /* BlockedPixels */
    1130,  /* BloodSignalNulling */
    2080,  /* BluePaletteColorLookupTableData */
    2071,  /* BluePaletteColorLookupTableDescriptor */
    4814,  /* BoardingPassID */
    712,  /* BodyPartExamined */
    875,  /* BodyPartThickness */
    3195,  /* Bold */
    4470,  /* BolusDefinitionSequence */
    4061,  /* BolusDescription */
    4060,  /* BolusID */
    1008,  /* BoneThermalIndex */
    3668,  /* BorderDensity */
    40,  /* Borders */
    2806,  /* BottomRightHandCornerOfLocalizerArea */
    3135,  /* BoundingBoxAnnotationUnits */
    3142,  /* BoundingBoxBottomRightHandCorner */
    3261,  /* BoundingBoxCrop */
    3143,  /* BoundingBoxTextHorizontalJustification */
    3141,  /* BoundingBoxTopLeftHandCorner */
    4817,  /* BoundingPolygon */
    3069,  /* BoundingRectangle */
    4202,  /* BrachyAccessoryDeviceID */
    4204,  /* BrachyAccessoryDeviceName */
    4205,  /* BrachyAccessoryDeviceNominalThickness */
    4206,  /* BrachyAccessoryDeviceNominalTransmission */
    4201,  /* BrachyAccessoryDeviceNumber */
    4200,  /* BrachyAccessoryDeviceSequence */
    4203,  /* BrachyAccessoryDeviceType */
    4026,  /* BrachyApplicationSetupDose */
    4025,  /* BrachyApplicationSetupDoseSpecificationPoint */
    3936,  /* BrachyControlPointDeliveredSequence */
    4237,  /* BrachyControlPointSequence */
    3943,  /* BrachyPulseControlPointDeliveredSequence */
    4578,  /* BrachyReferencedDoseReferenceSequence */
    3504,  /* BrachyTaskSequence */
    4171,  /* BrachyTreatmentTechnique */
    4172,  /* BrachyTreatmentType */
    4687,  /* BrachytherapySourceType */
    350,  /* BranchOfService */
    2093,  /* BreastImplantPresent */
    1437,  /* BreastSupportIsocenterPrimaryAngle */
    1438,  /* BreastSupportIsocenterSecondaryAngle */
    1439,  /* BreastSupportXPositionToIsocenter */
    1440,  /* BreastSupportYPositionToIsocenter */
    1441,  /* BreastSupportZPositionToIsocenter */
    373,  /* BreedRegistrationNumber */
    372,  /* BreedRegistrationSequence */
    374,  /* BreedRegistryCodeSequence */
    548,  /* BridgeResistors */
    632,  /* BrightnessValue */
    1872,  /* BscanCycleTime */
    1873,  /* BscanCycleTimeVector */
    1875,  /* BscanRate */
    1870,  /* BscanSlabThickness */
    1219,  /* BulkMotionCompensationTechnique */
    1220,  /* BulkMotionSignalSource */
    1214,  /* BulkMotionStatus */
    2037,  /* BurnedInAnnotation */
    404,  /* CADFileFormat */
    4403,  /* CArmPhotonElectronControlPointSequence */
    1409,  /* CArmPositionerTabletopRelationship */
    2164,  /* CIExyWhitePoint */
    3181,  /* CSSFontName */
    1278,  /* CTAcquisitionDetailsSequence */
    1275,  /* CTAcquisitionTypeSequence */
    1321,  /* CTAdditionalXRaySourceSequence */
    1317,  /* CTDIPhantomTypeCodeSequence */
    1316,  /* CTDIvol */
    1573,  /* CTDIvolNotificationTrigger */
    1295,  /* CTExposureSequence */
    1286,  /* CTGeometrySequence */
    1303,  /* CTImageFrameTypeSequence */
    1300,  /* CTPositionSequence */
    1288,  /* CTReconstructionSequence */
    1282,  /* CTTableDynamicsSequence */
    1299,  /* CTXRayDetailsSequence */
    1319,  /* CalciumScoringMassFactorDevice */
    1318,  /* CalciumScoringMassFactorPatient */
    1392,  /* CalculatedAnatomyThickness */
    3901,  /* CalculatedDoseReferenceDescription */
    3902,  /* CalculatedDoseReferenceDoseValue */
    3900,  /* CalculatedDoseReferenceNumber */
    3899,  /* CalculatedDoseReferenceSequence */
    229,  /* CalculatedFrameList */
    991,  /* CalculatedTargetPosition */
    1800,  /* CalculationComment */
    1798,  /* CalculationCommentSequence */
    1799,  /* CalculationCommentType */
    2902,  /* CalibrationDataSequence */
    539,  /* CalibrationDate */
    901,  /* CalibrationDateTime */
    2814,  /* CalibrationImage */
    478,  /* CalibrationNotes */
    533,  /* CalibrationProcedure */
    4607,  /* CalibrationReferencePointDepth */
    1393,  /* CalibrationSequence */
    532,  /* CalibrationSettingsSequence */
    538,  /* CalibrationTime */
    1731,  /* CameraAngleOfView */
    646,  /* CameraElevationAngle */
    665,  /* CameraOwnerName */
    2255,  /* CameraPositionGroupSequence */
    1216,  /* CardiacBeatRejectionTechnique */
    1250,  /* CardiacCyclePosition */
    801,  /* CardiacFramingType */
    828,  /* CardiacNumberOfImages */
    1169,  /* CardiacRRIntervalSpecified */
    1182,  /* CardiacSignalSource */
    1204,  /* CardiacSynchronizationSequence */
    1143,  /* CardiacSynchronizationTechnique */
    4852,  /* CarrierID */
    4853,  /* CarrierIDAssigningAuthority */
    767,  /* CassetteID */
    925,  /* CassetteOrientation */
    926,  /* CassetteSize */
    1906,  /* CatchTrialsDataFlag */
    2850,  /* CatheterDirectionOfRotation */
    2841,  /* CatheterRotationalRate */
    2637,  /* CellValuesSequence */
    972,  /* CenterOfCircularCollimator */
    1385,  /* CenterOfCircularExposureControlSensingRegion */
    963,  /* CenterOfCircularOutline */
    952,  /* CenterOfCircularShutter */
    4815,  /* CenterOfMass */
    4816,  /* CenterOfPTO */
    2995,  /* CenterOfRotation */
    849,  /* CenterOfRotationOffset */
    3614,  /* CertificateOfSigner */
    3613,  /* CertificateType */
    3617,  /* CertifiedTimestamp */
    3616,  /* CertifiedTimestampType */
    4139,  /* ChairHeadFramePosition */
    4141,  /* ChairHeadFramePositionTolerance */
    2304,  /* ChannelBaseline */
    2293,  /* ChannelDefinitionSequence */
    3516,  /* ChannelDeliveryContinuationSequence */
    3515,  /* ChannelDeliveryOrderIndex */
    3508,  /* ChannelDeliveryOrderSequence */
    2300,  /* ChannelDerivationDescription */
    1727,  /* ChannelDescriptionCodeSequence */
    2317,  /* ChannelDisplaySequence */
    4207,  /* ChannelEffectiveLength */
    2324,  /* ChannelIdentificationCode */
    2328,  /* ChannelImpedanceSequence */
    4208,  /* ChannelInnerLength */
    2295,  /* ChannelLabel */
    4213,  /* ChannelLength */
    4884,  /* ChannelMaximumValue */
    4883,  /* ChannelMinimumValue */
    2325,  /* ChannelMode */
    4212,  /* ChannelNumber */
    2307,  /* ChannelOffset */
    560,  /* ChannelOverlap */
    2319,  /* ChannelPosition */
    2318,  /* ChannelRecommendedDisplayCIELabValue */
    2306,  /* ChannelSampleSkew */
    2301,  /* ChannelSensitivity */
    2303,  /* ChannelSensitivityCorrectionFactor */
    2302,  /* ChannelSensitivityUnitsSequence */
    4211,  /* ChannelSequence */
    554,  /* ChannelSettingsSequence */
    4232,  /* ChannelShieldID */
    4233,  /* ChannelShieldName */
    4234,  /* ChannelShieldNominalThickness */
    4235,  /* ChannelShieldNominalTransmission */
    4231,  /* ChannelShieldNumber */
    4230,  /* ChannelShieldSequence */
    2298,  /* ChannelSourceModifiersSequence */
    2297,  /* ChannelSourceSequence */
    2296,  /* ChannelStatus */
    555,  /* ChannelThreshold */
    2305,  /* ChannelTimeSkew */
    4214,  /* ChannelTotalTime */
    2704,  /* ChannelWidth */
    1235,  /* ChemicalShiftMaximumIntegrationLimitInHz */
    1272,  /* ChemicalShiftMaximumIntegrationLimitInppm */
    1234,  /* ChemicalShiftMinimumIntegrationLimitInHz */
    1271,  /* ChemicalShiftMinimumIntegrationLimitInppm */
    1156,  /* ChemicalShiftReference */
    1181,  /* ChemicalShiftSequence */
    735,  /* CineRate */
    3411,  /* CineRelativeToRealTime */
    4499,  /* ClinicalFractionNumber */
    391,  /* ClinicalTrialCoordinatingCenterName */
    398,  /* ClinicalTrialProtocolEthicsCommitteeApprovalNumber */
    397,  /* ClinicalTrialProtocolEthicsCommitteeName */
    381,  /* ClinicalTrialProtocolID */
    382,  /* ClinicalTrialProtocolName */
    396,  /* ClinicalTrialSeriesDescription */
    395,  /* ClinicalTrialSeriesID */
    383,  /* ClinicalTrialSiteID */
    384,  /* ClinicalTrialSiteName */
    380,  /* ClinicalTrialSponsorName */
    385,  /* ClinicalTrialSubjectID */
    386,  /* ClinicalTrialSubjectReadingID */
    388,  /* ClinicalTrialTimePointDescription */
    387,  /* ClinicalTrialTimePointID */
    3075,  /* CoatingMaterialsCodeSequence */
    4909,  /* CodeLabel */
    144,  /* CodeMeaning */
    2054,  /* CodeNumberFormat */
    4911,  /* CodeTableLocation */
    140,  /* CodeValue */
    142,  /* CodingSchemeDesignator */
    158,  /* CodingSchemeExternalID */
    156,  /* CodingSchemeIdentificationSequence */
    159,  /* CodingSchemeName */
    157,  /* CodingSchemeRegistry */
    149,  /* CodingSchemeResourcesSequence */
    160,  /* CodingSchemeResponsibleOrganization */
    152,  /* CodingSchemeUID */
    154,  /* CodingSchemeURL */
    150,  /* CodingSchemeURLType */
    143,  /* CodingSchemeVersion */
    4907,  /* CoefficientCoding */
    4908,  /* CoefficientCodingPointers */
    4898,  /* CoefficientsSDDN */
    4897,  /* CoefficientsSDHN */
    4896,  /* CoefficientsSDVN */
    2925,  /* CoincidenceWindowWidth */
    3644,  /* CollationFlag */
    868,  /* CollimatorGridName */
    968,  /* CollimatorLeftVerticalEdge */
    971,  /* CollimatorLowerHorizontalEdge */
    969,  /* CollimatorRightVerticalEdge */
    967,  /* CollimatorShape */
    1364,  /* CollimatorShapeSequence */
    869,  /* CollimatorType */
    970,  /* CollimatorUpperHorizontalEdge */
    612,  /* ColorFilterArrayPatternColumns */
    611,  /* ColorFilterArrayPatternRows */
    613,  /* ColorFilterArrayPatternValues */
    3643,  /* ColorImagePrintingFlag */
    2113,  /* ColorSpace */
    932,  /* ColumnAngulation */
    1389,  /* ColumnAngulationPatient */
    2016,  /* ColumnOverlap */
    2809,  /* ColumnPositionInTotalImagePixelMatrix */
    1987,  /* Columns */
    4906,  /* ColumnsForNthOrderCoefficients */
    4651,  /* CombinationSegmentReferenceSequence */
    13,  /* CommandDataSetType */
    5,  /* CommandField */
    0,  /* CommandGroupLength */
    1,  /* CommandLengthToEnd */
    42,  /* CommandMagnificationType */
    4,  /* CommandRecognitionCode */
    1897,  /* CommentsOnPatientPerformanceOfVisualField */
    2387,  /* CommentsOnRadiationDose */
    2374,  /* CommentsOnThePerformedProcedureStep */
    2397,  /* CommentsOnTheScheduledProcedureStep */
    3131,  /* CommonZCoordinateValue */
    4457,  /* CompensatorBasePlaneOffset */
    4246,  /* CompensatorColumnOffset */
    4071,  /* CompensatorColumns */
    4453,  /* CompensatorDefinitionSequence */
    4251,  /* CompensatorDescription */
    4456,  /* CompensatorDistalThicknessMap */
    4241,  /* CompensatorDivergence */
    4068,  /* CompensatorID */
    4454,  /* CompensatorMapOrientation */
    4249,  /* CompensatorMillingToolDiameter */
    4242,  /* CompensatorMountingPosition */
    4067,  /* CompensatorNumber */
    4072,  /* CompensatorPixelSpacing */
    4073,  /* CompensatorPosition */
    4455,  /* CompensatorProximalThicknessMap */
    4248,  /* CompensatorRelativeStoppingPowerRatio */
    4070,  /* CompensatorRows */
    4066,  /* CompensatorSequence */
    4458,  /* CompensatorShapeFabricationCodeSequence */
    4459,  /* CompensatorShapeSequence */
    4075,  /* CompensatorThicknessData */
    4074,  /* CompensatorTransmissionData */
    4078,  /* CompensatorTrayID */
    4077,  /* CompensatorType */
    2616,  /* CompletionFlag */
    2617,  /* CompletionFlagDescription */
    296,  /* ComplexImageComponent */
    3535,  /* Component1ReferencedID */
    3537,  /* Component1ReferencedMatingFeatureID */
    3536,  /* Component1ReferencedMatingFeatureSetID */
    3538,  /* Component2ReferencedID */
    3540,  /* Component2ReferencedMatingFeatureID */
    3539,  /* Component2ReferencedMatingFeatureSetID */
    3534,  /* ComponentAssemblySequence */
    3533,  /* ComponentID */
    3290,  /* ComponentInputSequence */
    407,  /* ComponentManufacturer */
    406,  /* ComponentManufacturingProcedure */
    405,  /* ComponentReferenceSystem */
    3532,  /* ComponentSequence */
    415,  /* ComponentShape */
    3289,  /* ComponentType */
    3529,  /* ComponentTypeCodeSequence */
    3528,  /* ComponentTypesSequence */
    419,  /* ComponentWelderIDs */
    3251,  /* CompositingMethod */
    3178,  /* CompoundGraphicInstanceID */
    3177,  /* CompoundGraphicSequence */
    3217,  /* CompoundGraphicType */
    3211,  /* CompoundGraphicUnits */
    1999,  /* CompressionCode */
    879,  /* CompressionContactArea */
    2002,  /* CompressionDescription */
    876,  /* CompressionForce */
    2001,  /* CompressionLabel */
    2000,  /* CompressionOriginator */
    877,  /* CompressionPressure */
    1998,  /* CompressionRecognitionCode */
    2003,  /* CompressionSequence */
    2004,  /* CompressionStepPointers */
    1666,  /* ConcatenationFrameOffsetNumber */
    1654,  /* ConcatenationUID */
    2578,  /* ConceptCodeSequence */
    2536,  /* ConceptNameCodeSequence */
    4719,  /* ConceptualVolumeBlockingConstraint */
    4718,  /* ConceptualVolumeCategoryCodeSequence */
    4630,  /* ConceptualVolumeCombinationDescription */
    4627,  /* ConceptualVolumeCombinationExpression */
    4629,  /* ConceptualVolumeCombinationFlag */
    4628,  /* ConceptualVolumeConstituentIndex */
    4633,  /* ConceptualVolumeConstituentSegmentationReferenceSequence */
    4623,  /* ConceptualVolumeConstituentSequence */
    4637,  /* ConceptualVolumeDerivationAlgorithmSequence */
    4638,  /* ConceptualVolumeDescription */
    4717,  /* ConceptualVolumeOptimizationPrecedence */
    4631,  /* ConceptualVolumeSegmentationDefinedFlag */
    4632,  /* ConceptualVolumeSegmentationReferenceSequence */
    4652,  /* ConceptualVolumeSequence */
    4720,  /* ConceptualVolumeTypeCodeSequence */
    4721,  /* ConceptualVolumeTypeModifierCodeSequence */
    4621,  /* ConceptualVolumeUID */
    2800,  /* CondenserLensPower */
    2440,  /* ConfidentialityCode */
    2464,  /* ConfidentialityConstraintOnPatientDataDescription */
    2153,  /* ConfigurationDescription */
    2151,  /* ConfigurationID */
    3673,  /* ConfigurationInformation */
    3674,  /* ConfigurationInformationDescription */
    2152,  /* ConfigurationName */
    2157,  /* ConfigurationQAResultsSequence */
    4519,  /* ConfirmationSequence */
    571,  /* ConnectorType */
    399,  /* ConsentForClinicalTrialUseSequence */
    401,  /* ConsentForDistributionFlag */
    1306,  /* ConstantVolumeFlag */
    4634,  /* ConstituentConceptualVolumeUID */
    3589,  /* ConstraintType */
    3591,  /* ConstraintValueSequence */
    3594,  /* ConstraintViolationCondition */
    3593,  /* ConstraintViolationSignificance */
    3972,  /* ConstraintWeight */
    139,  /* ConsultingPhysicianIdentificationSequence */
    138,  /* ConsultingPhysicianName */
    3453,  /* ContactDisplayName */
    705,  /* ContactMethod */
    3452,  /* ContactURI */
    2828,  /* ContainerComponentDescription */
    2827,  /* ContainerComponentDiameter */
    2825,  /* ContainerComponentID */
    2826,  /* ContainerComponentLength */
    2824,  /* ContainerComponentMaterial */
    2407,  /* ContainerComponentSequence */
    2817,  /* ContainerComponentThickness */
    2816,  /* ContainerComponentTypeCodeSequence */
    2819,  /* ContainerComponentWidth */
    2406,  /* ContainerDescription */
    2402,  /* ContainerIdentifier */
    2405,  /* ContainerTypeCodeSequence */
    3169,  /* ContentCreatorIdentificationCodeSequence */
    3168,  /* ContentCreatorName */
    103,  /* ContentDate */
    3165,  /* ContentDescription */
    2399,  /* ContentItemModifierSequence */
    3164,  /* ContentLabel */
    1114,  /* ContentQualification */
    2626,  /* ContentSequence */
    2621,  /* ContentTemplateSequence */
    110,  /* ContentTime */
    153,  /* ContextGroupExtensionCreatorUID */
    151,  /* ContextGroupExtensionFlag */
    167,  /* ContextGroupIdentificationSequence */
    147,  /* ContextGroupLocalVersion */
    146,  /* ContextGroupVersion */
    155,  /* ContextIdentifier */
    161,  /* ContextUID */
    3445,  /* ContinuationEndMeterset */
    3506,  /* ContinuationEndTotalReferenceAirKerma */
    3507,  /* ContinuationPulseNumber */
    3444,  /* ContinuationStartMeterset */
    3505,  /* ContinuationStartTotalReferenceAirKerma */
    2538,  /* ContinuityOfContent */
    3832,  /* ContourData */
    3825,  /* ContourGeometricType */
    3809,  /* ContourImageSequence */
    3829,  /* ContourNumber */
    3827,  /* ContourOffsetVector */
    3824,  /* ContourSequence */
    3826,  /* ContourSlabThickness */
    3229,  /* ContourUncertaintyRadius */
    1531,  /* ContraindicationsCodeSequence */
    660,  /* Contrast */
    1311,  /* ContrastAdministrationProfileSequence */
    711,  /* ContrastBolusAdministrationRouteSequence */
    708,  /* ContrastBolusAgent */
    1313,  /* ContrastBolusAgentAdministered */
    1314,  /* ContrastBolusAgentDetected */
    1309,  /* ContrastBolusAgentNumber */
    1315,  /* ContrastBolusAgentPhase */
    709,  /* ContrastBolusAgentSequence */
    886,  /* ContrastBolusAutoInjectionTriggerFlag */
    794,  /* ContrastBolusIngredient */
    1310,  /* ContrastBolusIngredientCodeSequence */
    795,  /* ContrastBolusIngredientConcentration */
    1371,  /* ContrastBolusIngredientOpaque */
    2831,  /* ContrastBolusIngredientPercentByVolume */
    887,  /* ContrastBolusInjectionDelay */
    786,  /* ContrastBolusRoute */
    788,  /* ContrastBolusStartTime */
    789,  /* ContrastBolusStopTime */
    710,  /* ContrastBolusT1Relaxivity */
    790,  /* ContrastBolusTotalDose */
    1312,  /* ContrastBolusUsageSequence */
    787,  /* ContrastBolusVolume */
    793,  /* ContrastFlowDuration */
    792,  /* ContrastFlowRate */
    2136,  /* ContrastFrameAveraging */
    1579,  /* ContributingEquipmentSequence */
    1701,  /* ContributingSOPInstancesReferenceSequence */
    1413,  /* ContributingSourcesSequence */
    1580,  /* ContributionDateTime */
    1581,  /* ContributionDescription */
    4239,  /* ControlPoint3DPosition */
    3876,  /* ControlPointDeliverySequence */
    4104,  /* ControlPointIndex */
    4322,  /* ControlPointOrientation */
    4238,  /* ControlPointRelativePosition */
    4103,  /* ControlPointSequence */
    3478,  /* ConventionalControlPointVerificationSequence */
    3474,  /* ConventionalMachineVerificationSequence */
    1662,  /* ConversionSourceAttributesSequence */
    128,  /* ConversionType */
    902,  /* ConvolutionKernel */
    1290,  /* ConvolutionKernelGroup */
    4932,  /* CoordinateStartValue */
    4933,  /* CoordinateStepValue */
    445,  /* CoordinateSystemAxesSequence */
    2430,  /* CoordinateSystemAxisCodeSequence */
    446,  /* CoordinateSystemAxisDescription */
    448,  /* CoordinateSystemAxisNumber */
    449,  /* CoordinateSystemAxisType */
    450,  /* CoordinateSystemAxisUnits */
    451,  /* CoordinateSystemAxisValues */
    447,  /* CoordinateSystemDataSetMapping */
    444,  /* CoordinateSystemNumberOfAxes */
    457,  /* CoordinateSystemTransformRotationAndScaleMatrix */
    452,  /* CoordinateSystemTransformSequence */
    458,  /* CoordinateSystemTransformTranslationMatrix */
    2591,  /* CoordinatesSetGeometricTypeTrial */
    41,  /* Copies */
    2737,  /* CorneaMeasurementMethodCodeSequence */
    2731,  /* CorneaMeasurementsSequence */
    2736,  /* CornealAxis */
    2769,  /* CornealEccentricityIndex */
    2765,  /* CornealISValue */
    2775,  /* CornealPointEstimated */
    2774,  /* CornealPointLocation */
    2735,  /* CornealPower */
    2706,  /* CornealSize */
    2707,  /* CornealSizeSequence */
    2772,  /* CornealTopographyMapQualityEvaluation */
    2756,  /* CornealTopographyMapTypeCodeSequence */
    2758,  /* CornealTopographyMappingNormalsSequence */
    2751,  /* CornealTopographySurface */
    2752,  /* CornealVertexLocation */
    2780,  /* CornealWavefront */
    1997,  /* CorrectedImage */
    1930,  /* CorrectedLocalizedDeviationFromNormal */
    1929,  /* CorrectedLocalizedDeviationFromNormalCalculated */
    1932,  /* CorrectedLocalizedDeviationFromNormalProbability */
    1931,  /* CorrectedLocalizedDeviationFromNormalProbabilityCalculated */
    3897,  /* CorrectedParameterSequence */
    3898,  /* CorrectionValue */
    1497,  /* CountLossNormalizationCorrected */
    905,  /* CountRate */
    355,  /* CountryOfResidence */
    740,  /* CountsAccumulated */
    2936,  /* CountsIncluded */
    2912,  /* CountsSource */
    523,  /* CouplingMedium */
    522,  /* CouplingTechnique */
    524,  /* CouplingVelocity */
    1189,  /* CoverageOfKSpace */
    1009,  /* CranialThermalIndex */
    3713,  /* CreationDate */
    3714,  /* CreationTime */
    290,  /* CreatorVersionUID */
    3249,  /* Crop */
    3250,  /* CroppingSpecificationIndex */
    3265,  /* CroppingSpecificationNumber */
    4100,  /* CumulativeDoseReferenceCoefficient */
    3885,  /* CumulativeDoseToDoseReference */
    4415,  /* CumulativeMeterset */
    4129,  /* CumulativeMetersetWeight */
    4240,  /* CumulativeTimeWeight */
    2142,  /* CurrentConfigurationID */
    3863,  /* CurrentFractionNumber */
    2597,  /* CurrentObserverTrial */
    2283,  /* CurrentPatientLocation */
    2609,  /* CurrentRequestedProcedureEvidenceSequence */
    3944,  /* CurrentTreatmentStatus */
    416,  /* CurvatureType */
    4934,  /* CurveActivationLayer */
    4946,  /* CurveData */
    4931,  /* CurveDataDescriptor */
    105,  /* CurveDate */
    4924,  /* CurveDescription */
    4921,  /* CurveDimensions */
    4943,  /* CurveLabel */
    1596,  /* CurveNumber */
    4930,  /* CurveRange */
    4945,  /* CurveReferencedOverlayGroup */
    4944,  /* CurveReferencedOverlaySequence */
    112,  /* CurveTime */
    2551,  /* CustodialOrganizationSequence */
    653,  /* CustomRendered */
    1711,  /* CylinderAxis */
    1710,  /* CylinderLensPower */
    2750,  /* CylinderPower */
    2696,  /* CylinderSequence */
    517,  /* DACAmplitude */
    515,  /* DACGainPoints */
    513,  /* DACSequence */
    516,  /* DACTimePoints */
    514,  /* DACType */
    2046,  /* DCTLabel */
    2163,  /* DDLValue */
    2655,  /* DICOMMediaRetrievalSequence */
    2654,  /* DICOMRetrievalSequence */
    2503,  /* DICOMStorageSequence */
    4837,  /* DICOSVersion */
    1574,  /* DLPNotificationTrigger */
    3795,  /* DVHData */
    3792,  /* DVHDoseScaling */
    3799,  /* DVHMaximumDose */
    3800,  /* DVHMeanDose */
    3798,  /* DVHMinimumDose */
    3790,  /* DVHNormalizationDoseValue */
    3789,  /* DVHNormalizationPoint */
    3794,  /* DVHNumberOfBins */
    3797,  /* DVHROIContributionType */
    3796,  /* DVHReferencedROISequence */
    3791,  /* DVHSequence */
    3777,  /* DVHType */
    3793,  /* DVHVolumeUnits */
    507,  /* Damping */
    467,  /* DarkCurrentCounts */
    466,  /* DarkCurrentSequence */
    2048,  /* DataBlock */
    2047,  /* DataBlockDescription */
    1287,  /* DataCollectionCenterPatient */
    756,  /* DataCollectionDiameter */
    3610,  /* DataElementsSigned */
    2098,  /* DataFrameAssignmentSequence */
    2883,  /* DataInformationSequence */
    1974,  /* DataObservationSequence */
    2099,  /* DataPathAssignment */
    2109,  /* DataPathID */
    2189,  /* DataPointColumns */
    2188,  /* DataPointRows */
    2192,  /* DataRepresentation */
    1971,  /* DataSetDescription */
    1968,  /* DataSetName */
    1970,  /* DataSetSource */
    114,  /* DataSetSubtype */
    4900,  /* DataSetTrailingPadding */
    113,  /* DataSetType */
    1969,  /* DataSetVersion */
    1512,  /* DataType */
    4927,  /* DataValueRepresentation */
    2563,  /* Date */
    2560,  /* DateOfDocumentOrVerbalTransactionTrial */
    475,  /* DateOfGainCalibration */
    898,  /* DateOfLastCalibration */
    1076,  /* DateOfLastDetectorCalibration */
    774,  /* DateOfSecondaryCapture */
    2562,  /* DateTime */
    900,  /* DateTimeOfLastCalibration */
    1494,  /* DeadTimeCorrected */
    2937,  /* DeadTimeCorrectionFlag */
    2934,  /* DeadTimeFactor */
    1491,  /* DecayCorrected */
    2917,  /* DecayCorrection */
    1463,  /* DecayCorrectionDateTime */
    2931,  /* DecayFactor */
    2771,  /* DecimalPotentialVisualAcuity */
    2746,  /* DecimalVisualAcuity */
    3688,  /* DecimateCropResult */
    1353,  /* DecompositionAlgorithmIdentificationSequence */
    1352,  /* DecompositionDescription */
    1354,  /* DecompositionMaterialSequence */
    1351,  /* DecompositionMethod */
    1160,  /* DecoupledNucleus */
    1159,  /* Decoupling */
    1163,  /* DecouplingChemicalShiftReference */
    1161,  /* DecouplingFrequency */
    1162,  /* DecouplingMethod */
    3664,  /* DefaultMagnificationType */
    3661,  /* DefaultPrinterResolutionID */
    3666,  /* DefaultSmoothingType */
    225,  /* DefinitionSourceSequence */
    2968,  /* DeformableRegistrationGridSequence */
    2966,  /* DeformableRegistrationSequence */
    1716,  /* DegreeOfDilation */
    3084,  /* DegreeOfFreedomID */
    3085,  /* DegreeOfFreedomType */
    181,  /* DeidentificationAction */
    179,  /* DeidentificationActionSequence */
    393,  /* DeidentificationMethod */
    394,  /* DeidentificationMethodCodeSequence */
    528,  /* DelayLawIdentifier */
    3494,  /* DeletionLock */
    4605,  /* DelineatedRadiationFieldSize */
    3927,  /* DeliveredChannelTotalTime */
    4349,  /* DeliveredDepthDoseParametersSequence */
    4351,  /* DeliveredDistalDepth */
    4350,  /* DeliveredDistalDepthFraction */
    3879,  /* DeliveredMeterset */
    4353,  /* DeliveredNominalRangeModulatedRegionDepths */
    4352,  /* DeliveredNominalRangeModulationFractions */
    3929,  /* DeliveredNumberOfPulses */
    3872,  /* DeliveredPrimaryMeterset */
    3931,  /* DeliveredPulseRepetitionInterval */
    4354,  /* DeliveredReferenceDoseDefinition */
    3873,  /* DeliveredSecondaryMeterset */
    3875,  /* DeliveredTreatmentTime */
    3974,  /* DeliveryMaximumDose */
    4416,  /* DeliveryRate */
    4417,  /* DeliveryRateUnitSequence */
    4750,  /* DeliveryTimeStructureCodeSequence */
    3466,  /* DeliveryVerificationImageSequence */
    3973,  /* DeliveryWarningDose */
    4812,  /* Density */
    4348,  /* DepthDoseParametersSequence */
    1015,  /* DepthOfScanField */
    1744,  /* DepthOfTransverseImage */
    1739,  /* DepthSpatialResolution */
    4022,  /* DepthValueAveragingFlag */
    1506,  /* DepthsOfFocus */
    1858,  /* DerivationAlgorithmSequence */
    298,  /* DerivationCodeSequence */
    4635,  /* DerivationConceptualVolumeSequence */
    243,  /* DerivationDescription */
    291,  /* DerivationImageSequence */
    3524,  /* DerivationImplantAssemblyTemplateSequence */
    3046,  /* DerivationImplantTemplateSequence */
    3716,  /* DestinationAE */
    2045,  /* DetailsOfCoefficients */
    1082,  /* DetectorActivationOffsetFromExposure */
    1450,  /* DetectorActiveAreaOrientation */
    1449,  /* DetectorActiveAreaTLHCPosition */
    1087,  /* DetectorActiveDimensions */
    1088,  /* DetectorActiveOrigin */
    1086,  /* DetectorActiveShape */
    1081,  /* DetectorActiveTime */
    1083,  /* DetectorBinning */
    4861,  /* DetectorCalibrationData */
    1069,  /* DetectorConditionsNominalFlag */
    1072,  /* DetectorConfiguration */
    1073,  /* DetectorDescription */
    1084,  /* DetectorElementPhysicalSize */
    2924,  /* DetectorElementSize */
    1085,  /* DetectorElementSpacing */
    1474,  /* DetectorGeometry */
    4795,  /* DetectorGeometrySequence */
    1075,  /* DetectorID */
    2868,  /* DetectorInformationSequence */
    1442,  /* DetectorIsocenterPrimaryAngle */
    1443,  /* DetectorIsocenterSecondaryAngle */
    2919,  /* DetectorLinesOfResponseUsed */
    1090,  /* DetectorManufacturerModelName */
    1089,  /* DetectorManufacturerName */
    1074,  /* DetectorMode */
    1501,  /* DetectorNormalizationCorrection */
    1433,  /* DetectorPositionSequence */
    945,  /* DetectorPrimaryAngle */
    946,  /* DetectorSecondaryAngle */
    1070,  /* DetectorTemperature */
    461,  /* DetectorTemperatureSequence */
    1080,  /* DetectorTimeSinceLastExposure */
    1071,  /* DetectorType */
    2866,  /* DetectorVector */
    1444,  /* DetectorXPositionToIsocenter */
    1445,  /* DetectorYPositionToIsocenter */
    1446,  /* DetectorZPositionToIsocenter */
    931,  /* DeviationIndex */
    4642,  /* DeviceAlternateIdentifier */
    4644,  /* DeviceAlternateIdentifierFormat */
    4643,  /* DeviceAlternateIdentifierType */
    2829,  /* DeviceDescription */
    2820,  /* DeviceDiameter */
    2821,  /* DeviceDiameterUnits */
    763,  /* DeviceID */
    4672,  /* DeviceIndex */
    4660,  /* DeviceLabel */
    2818,  /* DeviceLength */
    4340,  /* DeviceMotionControlSequence */
    4341,  /* DeviceMotionExecutionMode */
    4342,  /* DeviceMotionObservationMode */
    4343,  /* DeviceMotionParameterCodeSequence */
    4449,  /* DeviceOrderIndex */
    2815,  /* DeviceSequence */
    761,  /* DeviceSerialNumber */
    663,  /* DeviceSettingDescription */
    4661,  /* DeviceTypeCodeSequence */
    762,  /* DeviceUID */
    2822,  /* DeviceVolume */
    31,  /* DialogReceiver */
    964,  /* DiameterOfCircularOutline */
    3206,  /* DiameterOfVisibility */
    3770,  /* DiaphragmPosition */
    3285,  /* DiffuseReflectionIntensity */
    3040,  /* DiffusionAcquisitionCodeSequence */
    1209,  /* DiffusionAnisotropyType */
    1452,  /* DiffusionBMatrixSequence */
    1183,  /* DiffusionBValue */
    1453,  /* DiffusionBValueXX */
    1454,  /* DiffusionBValueXY */
    1455,  /* DiffusionBValueXZ */
    1456,  /* DiffusionBValueYY */
    1457,  /* DiffusionBValueYZ */
    1458,  /* DiffusionBValueZZ */
    1172,  /* DiffusionDirectionality */
    1173,  /* DiffusionGradientDirectionSequence */
    1184,  /* DiffusionGradientOrientation */
    3041,  /* DiffusionModelCodeSequence */
    784,  /* DigitalImageFormatAcquired */
    3612,  /* DigitalSignatureDateTime */
    3619,  /* DigitalSignaturePurposeCodeSequence */
    3611,  /* DigitalSignatureUID */
    4899,  /* DigitalSignaturesSequence */
    656,  /* DigitalZoomRatio */
    986,  /* DigitizingDeviceTransportDirection */
    1697,  /* DimensionDescriptionLabel */
    1658,  /* DimensionIndexPointer */
    1663,  /* DimensionIndexPrivateCreator */
    1665,  /* DimensionIndexSequence */
    1652,  /* DimensionIndexValues */
    1664,  /* DimensionOrganizationSequence */
    1694,  /* DimensionOrganizationType */
    1657,  /* DimensionOrganizationUID */
    4650,  /* DirectSegmentReferenceSequence */
    74,  /* DirectoryRecordSequence */
    78,  /* DirectoryRecordType */
    2271,  /* DischargeDate */
    2274,  /* DischargeDiagnosisCodeSequence */
    2273,  /* DischargeDiagnosisDescription */
    2272,  /* DischargeTime */
    4559,  /* DisplacementMatrix */
    4558,  /* DisplacementReferenceLabel */
    4561,  /* DisplacementReferenceLocationCodeSequence */
    2162,  /* DisplayCalibrationResultSequence */
    2174,  /* DisplayDeviceTypeCodeSequence */
    3385,  /* DisplayEnvironmentSpatialPosition */
    2197,  /* DisplayFilterPercentage */
    35,  /* DisplayFormat */
    2165,  /* DisplayFunctionType */
    3442,  /* DisplaySetHorizontalJustification */
    3391,  /* DisplaySetLabel */
    3390,  /* DisplaySetNumber */
    3433,  /* DisplaySetPatientOrientation */
    3392,  /* DisplaySetPresentationGroup */
    3393,  /* DisplaySetPresentationGroupDescription */
    3396,  /* DisplaySetScrollingGroup */
    3443,  /* DisplaySetVerticalJustification */
    3389,  /* DisplaySetsSequence */
    2320,  /* DisplayShadingFlag */
    2150,  /* DisplaySubsystemConfigurationSequence */
    2145,  /* DisplaySubsystemDescription */
    2143,  /* DisplaySubsystemID */
    2144,  /* DisplaySubsystemName */
    2156,  /* DisplaySubsystemQAResultsSequence */
    2175,  /* DisplaySubsystemSequence */
    984,  /* DisplayWindowLabelVector */
    3157,  /* DisplayedAreaBottomRightHandCorner */
    3155,  /* DisplayedAreaBottomRightHandCornerTrial */
    3158,  /* DisplayedAreaSelectionSequence */
    3156,  /* DisplayedAreaTopLeftHandCorner */
    3154,  /* DisplayedAreaTopLeftHandCornerTrial */
    993,  /* DisplayedZValue */
    4345,  /* DistalDepth */
    4344,  /* DistalDepthFraction */
    1871,  /* DistanceBetweenBscanSlabs */
    2791,  /* DistanceBetweenFocalPlanes */
    1360,  /* DistanceObjectToTableTop */
    2710,  /* DistancePupillaryDistance */
    1372,  /* DistanceReceptorPlaneToDetectorHousing */
    1308,  /* DistanceSourceToDataCollectionCenter */
    831,  /* DistanceSourceToDetector */
    2384,  /* DistanceSourceToEntrance */
    1359,  /* DistanceSourceToIsocenter */
    832,  /* DistanceSourceToPatient */
    2385,  /* DistanceSourceToSupport */
    4786,  /* DistributionAddress */
    4785,  /* DistributionName */
    400,  /* DistributionType */
    2543,  /* DocumentAuthorIdentifierCodeSequenceTrial */
    2542,  /* DocumentAuthorTrial */
    2650,  /* DocumentClassCodeSequence */
    2541,  /* DocumentIdentifierCodeSequenceTrial */
    2661,  /* DocumentTitle */
    2548,  /* DocumentingObserverIdentifierCodeSequenceTrial */
    2531,  /* DocumentingOrganizationIdentifierCodeSequenceTrial */
    1041,  /* DopplerCorrectionAngle */
    1044,  /* DopplerSampleVolumeXPosition */
    1043,  /* DopplerSampleVolumeXPositionRetired */
    1046,  /* DopplerSampleVolumeYPosition */
    1045,  /* DopplerSampleVolumeYPositionRetired */
    4603,  /* DoseCalibrationConditionsSequence */
    4606,  /* DoseCalibrationConditionsVerifiedFlag */
    2932,  /* DoseCalibrationFactor */
    3781,  /* DoseComment */
    3785,  /* DoseGridScaling */
    4532,  /* DoseMeasurementDeviceCodeSequence */
    881,  /* DoseModeName */
    3883,  /* DoseRateDelivered */
    4106,  /* DoseRateSet */
    3968,  /* DoseReferenceDescription */
    3964,  /* DoseReferenceNumber */
    3969,  /* DoseReferencePointCoordinates */
    3963,  /* DoseReferenceSequence */
    3966,  /* DoseReferenceStructureType */
    3971,  /* DoseReferenceType */
    3965,  /* DoseReferenceUID */
    3783,  /* DoseSummationType */
    3779,  /* DoseType */
    3778,  /* DoseUnits */
    3787,  /* DoseValue */
    4385,  /* DoseValuePurpose */
    4384,  /* DoseValuesSequence */
    4714,  /* DosimetricObjectiveEvaluationScope */
    4727,  /* DosimetricObjectiveParameterSequence */
    4731,  /* DosimetricObjectivePurpose */
    4723,  /* DosimetricObjectiveSequence */
    4724,  /* DosimetricObjectiveTypeCodeSequence */
    4725,  /* DosimetricObjectiveUID */
    4730,  /* DosimetricObjectiveWeight */
    3503,  /* DoubleExposureFieldDelta */
    3471,  /* DoubleExposureFieldDeltaTrial */
    3468,  /* DoubleExposureFlag */
    3502,  /* DoubleExposureMeterset */
    3470,  /* DoubleExposureMetersetTrial */
    3469,  /* DoubleExposureOrdering */
    4894,  /* DoubleFloatPixelData */
    2034,  /* DoubleFloatPixelPaddingRangeLimit */
    2032,  /* DoubleFloatPixelPaddingValue */
    2517,  /* DoubleFloatRealWorldValueFirstValueMapped */
    2516,  /* DoubleFloatRealWorldValueLastValueMapped */
    3000,  /* DoublePointCoordinatesData */
    543,  /* DriveProbeSequence */
    541,  /* DriveType */
    1013,  /* DynamicRange */
    629,  /* EXIFVersion */
    752,  /* EchoNumbers */
    1274,  /* EchoPeakPosition */
    1126,  /* EchoPlanarPulseSequence */
    1117,  /* EchoPulseSequence */
    747,  /* EchoTime */
    757,  /* EchoTrainLength */
    3002,  /* EdgePointIndexList */
    1335,  /* EffectiveBinEnergy */
    3048,  /* EffectiveDateTime */
    4618,  /* EffectiveDoseCalculationMethodCategoryCodeSequence */
    4619,  /* EffectiveDoseCalculationMethodCodeSequence */
    4620,  /* EffectiveDoseCalculationMethodDescription */
    742,  /* EffectiveDuration */
    1179,  /* EffectiveEchoTime */
    2834,  /* EffectiveRefractiveIndex */
    4062,  /* EffectiveWedgeAngle */
    493,  /* ElementDimensionA */
    494,  /* ElementDimensionB */
    495,  /* ElementPitchA */
    502,  /* ElementPitchB */
    492,  /* ElementShape */
    704,  /* EmitterColorTemperature */
    1712,  /* EmmetropicMagnification */
    3417,  /* EmptyImageBoxCIELabValue */
    3669,  /* EmptyImageDensity */
    2662,  /* EncapsulatedDocument */
    2666,  /* EncapsulatedDocumentLength */
    3623,  /* EncryptedAttributesSequence */
    3625,  /* EncryptedContent */
    3624,  /* EncryptedContentTransferSyntaxUID */
    1422,  /* EndAcquisitionDateTime */
    4568,  /* EndCumulativeMetersetWeight */
    3511,  /* EndCumulativeTimeWeight */
    34,  /* EndMessageID */
    3904,  /* EndMeterset */
    1672,  /* EndingRespiratoryAmplitude */
    1673,  /* EndingRespiratoryPhase */
    4487,  /* EnergyUnitCodeSequence */
    1320,  /* EnergyWeightingFactor */
    726,  /* EnergyWindowCenterline */
    2859,  /* EnergyWindowInformationSequence */
    2861,  /* EnergyWindowLowerLimit */
    2865,  /* EnergyWindowName */
    2903,  /* EnergyWindowNumber */
    2860,  /* EnergyWindowRangeSequence */
    727,  /* EnergyWindowTotalWidth */
    2862,  /* EnergyWindowUpperLimit */
    2857,  /* EnergyWindowVector */
    2106,  /* EnhancedPaletteColorLookupTableSequence */
    4670,  /* EntityDescription */
    4668,  /* EntityLabel */
    4671,  /* EntityLongLabel */
    4669,  /* EntityName */
    2382,  /* EntranceDose */
    2508,  /* EntranceDoseDerivation */
    2507,  /* EntranceDoseInmGy */
    430,  /* EnvironmentalConditions */
    2140,  /* EquipmentAdministratorSequence */
    2215,  /* EquipmentCoordinateSystemIdentification */
    4473,  /* EquipmentFrameOfReferenceDescription */
    4472,  /* EquipmentFrameOfReferenceUID */
    172,  /* EquipmentModality */
    4475,  /* EquipmentReferencePointCodeSequence */
    4474,  /* EquipmentReferencePointCoordinatesSequence */
    2558,  /* EquivalentCDADocumentSequence */
    165,  /* EquivalentCodeSequence */
    4624,  /* EquivalentConceptualVolumeInstanceReferenceSequence */
    4625,  /* EquivalentConceptualVolumesSequence */
    2755,  /* EquivalentPupilRadius */
    43,  /* Erase */
    18,  /* ErrorComment */
    19,  /* ErrorID */
    4914,  /* EscapeTriplet */
    1298,  /* EstimatedDoseSaving */
    833,  /* EstimatedRadiographicMagnificationFactor */
    403,  /* EthicsCommitteeApprovalEffectivenessEndDate */
    402,  /* EthicsCommitteeApprovalEffectivenessStartDate */
    359,  /* EthnicGroup */
    434,  /* EvaluationAttempt */
    433,  /* EvaluatorName */
    432,  /* EvaluatorNumber */
    431,  /* EvaluatorSequence */
    256,  /* EventCodeSequence */
    252,  /* EventElapsedTimes */
    255,  /* EventTimeOffset */
    253,  /* EventTimerNames */
    254,  /* EventTimerSequence */
    22,  /* EventTypeID */
    379,  /* ExaminedBodyThickness */
    1903,  /* ExcessiveFalseNegatives */
    1902,  /* ExcessiveFalseNegativesDataFlag */
    1913,  /* ExcessiveFalsePositives */
    1912,  /* ExcessiveFalsePositivesDataFlag */
    1895,  /* ExcessiveFixationLosses */
    1894,  /* ExcessiveFixationLossesDataFlag */
    505,  /* ExcitationFrequency */
    1507,  /* ExcludedIntervalsSequence */
    1509,  /* ExclusionDuration */
    1508,  /* ExclusionStartDateTime */
    3530,  /* ExclusiveComponentType */
    3711,  /* ExecutionStatus */
    3712,  /* ExecutionStatusInfo */
    2475,  /* ExpectedCompletionDateTime */
    4390,  /* ExpectedInVivoMeasurementValueIndex */
    4389,  /* ExpectedInVivoMeasurementValuesSequence */
    429,  /* ExpiryDate */
    2383,  /* ExposedArea */
    855,  /* Exposure */
    633,  /* ExposureBiasValue */
    1108,  /* ExposureControlMode */
    1109,  /* ExposureControlModeDescription */
    1381,  /* ExposureControlSensingRegionLeftVerticalEdge */
    1384,  /* ExposureControlSensingRegionLowerHorizontalEdge */
    1382,  /* ExposureControlSensingRegionRightVerticalEdge */
    1380,  /* ExposureControlSensingRegionShape */
    1383,  /* ExposureControlSensingRegionUpperHorizontalEdge */
    1379,  /* ExposureControlSensingRegionsSequence */
    2386,  /* ExposureDoseSequence */
    929,  /* ExposureIndex */
    1305,  /* ExposureInmAs */
    856,  /* ExposureInuAs */
    654,  /* ExposureMode */
    1297,  /* ExposureModulationType */
    619,  /* ExposureProgram */
    3768,  /* ExposureSequence */
    1110,  /* ExposureStatus */
    853,  /* ExposureTime */
    601,  /* ExposureTimeInSeconds */
    1302,  /* ExposureTimeInms */
    1112,  /* ExposureTimeInuS */
    1078,  /* ExposuresOnDetectorSinceLastCalibration */
    1079,  /* ExposuresOnDetectorSinceManufactured */
    927,  /* ExposuresOnPlate */
    148,  /* ExtendedCodeMeaning */
    141,  /* ExtendedCodeValue */
    2789,  /* ExtendedDepthOfField */
    4891,  /* ExtendedOffsetTable */
    4892,  /* ExtendedOffsetTableLengths */
    4128,  /* ExternalContourEntryPoint */
    602,  /* FNumber */
    3017,  /* FacetSequence */
    3476,  /* FailedAttributesSequence */
    123,  /* FailedSOPInstanceUIDList */
    237,  /* FailedSOPSequence */
    3749,  /* FailureAttributes */
    236,  /* FailureReason */
    1899,  /* FalseNegativesEstimate */
    1898,  /* FalseNegativesEstimateFlag */
    1901,  /* FalseNegativesQuantity */
    1905,  /* FalsePositivesEstimate */
    1904,  /* FalsePositivesEstimateFlag */
    1911,  /* FalsePositivesQuantity */
    3226,  /* FiducialDescription */
    3227,  /* FiducialIdentifier */
    3228,  /* FiducialIdentifierCodeSequence */
    3235,  /* FiducialSequence */
    3234,  /* FiducialSetSequence */
    3232,  /* FiducialUID */
    3236,  /* FiducialsPropertyCategoryCodeSequence */
    1378,  /* FieldOfViewDescription */
    852,  /* FieldOfViewDimensions */
    1396,  /* FieldOfViewDimensionsInFloat */
    1093,  /* FieldOfViewHorizontalFlip */
    1091,  /* FieldOfViewOrigin */
    1092,  /* FieldOfViewRotation */
    1377,  /* FieldOfViewSequence */
    851,  /* FieldOfViewShape */
    46,  /* FileMetaInformationGroupLength */
    47,  /* FileMetaInformationVersion */
    73,  /* FileSetConsistencyFlag */
    69,  /* FileSetDescriptorFileID */
    68,  /* FileSetID */
    651,  /* FileSource */
    3203,  /* FillMode */
    3202,  /* FillPattern */
    3185,  /* FillStyleSequence */
    2462,  /* FillerOrderNumberImagingServiceRequest */
    2456,  /* FillerOrderNumberImagingServiceRequestRetired */
    2439,  /* FillerOrderNumberProcedure */
    3729,  /* FilmBoxContentSequence */
    2393,  /* FilmConsumptionSequence */
    3639,  /* FilmDestination */
    3658,  /* FilmOrientation */
    3640,  /* FilmSessionLabel */
    3659,  /* FilmSizeID */
    1107,  /* FilterBeamPathLengthMaximum */
    1106,  /* FilterBeamPathLengthMinimum */
    3414,  /* FilterByAttributePresence */
    3413,  /* FilterByCategory */
    3415,  /* FilterByOperator */
    2310,  /* FilterHighFrequency */
    2309,  /* FilterLowFrequency */
    1103,  /* FilterMaterial */
    473,  /* FilterMaterialUsedInGainCalibration */
    3412,  /* FilterOperationsSequence */
    1105,  /* FilterThicknessMaximum */
    1104,  /* FilterThicknessMinimum */
    474,  /* FilterThicknessUsedInGainCalibration */
    862,  /* FilterType */
    4101,  /* FinalCumulativeMetersetWeight */
    4236,  /* FinalCumulativeTimeWeight */
    10,  /* FindLocation */
    2522,  /* FindingsFlagTrial */
    2527,  /* FindingsGroupRecordingDateTrial */
    2528,  /* FindingsGroupRecordingTimeTrial */
    2525,  /* FindingsGroupUIDTrial */
    2524,  /* FindingsSequenceTrial */
    2529,  /* FindingsSourceCategoryCodeSequenceTrial */
    2983,  /* FiniteVolume */
    2852,  /* FirstALineLocation */
    1237,  /* FirstOrderPhaseCorrection */
    4889,  /* FirstOrderPhaseCorrectionAngle */
    3886,  /* FirstTreatmentDate */
    1890,  /* FixationCheckedQuantity */
    4151,  /* FixationDeviceDescription */
    4150,  /* FixationDeviceLabel */
    4153,  /* FixationDevicePitchAngle */
    4152,  /* FixationDevicePosition */
    4154,  /* FixationDeviceRollAngle */
    4148,  /* FixationDeviceSequence */
    4149,  /* FixationDeviceType */
    4138,  /* FixationEye */
    4285,  /* FixationLightAzimuthalAngle */
    4142,  /* FixationLightAzimuthalAngleTolerance */
    4286,  /* FixationLightPolarAngle */
    4143,  /* FixationLightPolarAngleTolerance */
    3077,  /* FixationMethodCodeSequence */
    1888,  /* FixationMonitoringCodeSequence */
    1887,  /* FixationSequence */
    4425,  /* FixedRTBeamDelimiterDeviceSequence */
    647,  /* FlashEnergy */
    614,  /* FlashFiringStatus */
    617,  /* FlashFunctionPresent */
    616,  /* FlashMode */
    618,  /* FlashRedEyeMode */
    615,  /* FlashReturnStatus */
    2734,  /* FlatCornealAxisSequence */
    2720,  /* FlatKeratometricAxisSequence */
    918,  /* FlipAngle */
    4893,  /* FloatPixelData */
    2033,  /* FloatPixelPaddingRangeLimit */
    2031,  /* FloatPixelPaddingValue */
    2574,  /* FloatingPointValue */
    3036,  /* FloatingPointValues */
    1119,  /* FlowCompensation */
    1230,  /* FlowCompensationDirection */
    2247,  /* FlowIdentifier */
    2246,  /* FlowIdentifierSequence */
    2249,  /* FlowRTPSamplingRate */
    2248,  /* FlowTransferSyntaxUID */
    3773,  /* FluenceDataScale */
    3772,  /* FluenceDataSource */
    3771,  /* FluenceMapSequence */
    3775,  /* FluenceMode */
    3776,  /* FluenceModeID */
    1307,  /* FluoroscopyFlag */
    884,  /* FluoroscopyLastImageHoldPersistenceFlag */
    883,  /* FluoroscopyPersistenceFlag */
    870,  /* FocalDistance */
    638,  /* FocalLength */
    657,  /* FocalLengthIn35mmFilm */
    873,  /* FocalSpots */
    1004,  /* FocusDepth */
    2788,  /* FocusMethod */
    3179,  /* FontName */
    3180,  /* FontNameType */
    1961,  /* FovealPointNormativeDataFlag */
    1962,  /* FovealPointProbabilityValue */
    1936,  /* FovealSensitivity */
    1935,  /* FovealSensitivityMeasured */
    4745,  /* FractionBasedRelationshipIntervalAnchor */
    4744,  /* FractionBasedRelationshipSequence */
    4001,  /* FractionGroupDescription */
    4000,  /* FractionGroupNumber */
    3999,  /* FractionGroupSequence */
    3946,  /* FractionGroupSummarySequence */
    3948,  /* FractionGroupType */
    3767,  /* FractionNumber */
    4005,  /* FractionPattern */
    4735,  /* FractionPatternSequence */
    3950,  /* FractionStatusSummarySequence */
    2321,  /* FractionalChannelDisplayScale */
    4741,  /* FractionationNotes */
    1171,  /* FrameAcquisitionDateTime */
    1244,  /* FrameAcquisitionDuration */
    1651,  /* FrameAcquisitionNumber */
    1367,  /* FrameAcquisitionSequence */
    1642,  /* FrameAnatomySequence */
    1653,  /* FrameComments */
    1644,  /* FrameContentSequence */
    803,  /* FrameDelay */
    1391,  /* FrameDetectorParametersSequence */
    1985,  /* FrameDimensionPointer */
    301,  /* FrameDisplaySequence */
    1407,  /* FrameDisplayShutterSequence */
    231,  /* FrameExtractionSequence */
    1984,  /* FrameIncrementPointer */
    1699,  /* FrameLabel */
    980,  /* FrameLabelVector */
    1643,  /* FrameLaterality */
    2127,  /* FrameNumbersOfInterest */
    2128,  /* FrameOfInterestDescription */
    2129,  /* FrameOfInterestType */
    3849,  /* FrameOfReferenceRelationshipSequence */
    3223,  /* FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix */
    3853,  /* FrameOfReferenceTransformationComment */
    3852,  /* FrameOfReferenceTransformationMatrix */
    3224,  /* FrameOfReferenceTransformationMatrixType */
    3851,  /* FrameOfReferenceTransformationType */
    1603,  /* FrameOfReferenceUID */
    2251,  /* FrameOriginTimestamp */
    2201,  /* FramePixelDataPropertiesSequence */
    2198,  /* FramePixelShiftSequence */
    981,  /* FramePrimaryAngleVector */
    1210,  /* FrameReferenceDateTime */
    2927,  /* FrameReferenceTime */
    982,  /* FrameSecondaryAngleVector */
    800,  /* FrameTime */
    802,  /* FrameTimeVector */
    287,  /* FrameType */
    2253,  /* FrameUsefulnessGroupSequence */
    2194,  /* FrameVOILUTSequence */
    1194,  /* FrequencyCorrection */
    1659,  /* FunctionalGroupPointer */
    1667,  /* FunctionalGroupPrivateCreator */
    1459,  /* FunctionalMRSequence */
    1460,  /* FunctionalSettlingPhaseFramesPresent */
    1461,  /* FunctionalSyncPulse */
    678,  /* GPSAltitude */
    677,  /* GPSAltitudeRef */
    700,  /* GPSAreaInformation */
    683,  /* GPSDOP */
    701,  /* GPSDateStamp */
    696,  /* GPSDestBearing */
    695,  /* GPSDestBearingRef */
    698,  /* GPSDestDistance */
    697,  /* GPSDestDistanceRef */
    692,  /* GPSDestLatitude */
    691,  /* GPSDestLatitudeRef */
    694,  /* GPSDestLongitude */
    693,  /* GPSDestLongitudeRef */
    702,  /* GPSDifferential */
    689,  /* GPSImgDirection */
    688,  /* GPSImgDirectionRef */
    674,  /* GPSLatitude */
    673,  /* GPSLatitudeRef */
    676,  /* GPSLongitude */
    675,  /* GPSLongitudeRef */
    690,  /* GPSMapDatum */
    682,  /* GPSMeasureMode */
    699,  /* GPSProcessingMethod */
    680,  /* GPSSatellites */
    685,  /* GPSSpeed */
    684,  /* GPSSpeedRef */
    681,  /* GPSStatus */
    679,  /* GPSTimeStamp */
    687,  /* GPSTrack */
    686,  /* GPSTrackRef */
    672,  /* GPSVersionID */
    659,  /* GainControl */
    468,  /* GainCorrectionReferenceSequence */
    2166,  /* GammaValue */
    4111,  /* GantryAngle */
    3986,  /* GantryAngleTolerance */
    835,  /* GantryDetectorSlew */
    834,  /* GantryDetectorTilt */
    768,  /* GantryID */
    1495,  /* GantryMotionCorrected */
    4135,  /* GantryPitchAngle */
    4137,  /* GantryPitchAngleTolerance */
    4136,  /* GantryPitchRotationDirection */
    4112,  /* GantryRotationDirection */
    4801,  /* GantryType */
    3205,  /* GapLength */
    529,  /* GateSettingsSequence */
    530,  /* GateThreshold */
    2882,  /* GatedInformationSequence */
    4608,  /* GatingBeamHoldTransitionSequence */
    4468,  /* GeneralAccessoryDefinitionSequence */
    4325,  /* GeneralAccessoryDescription */
    4324,  /* GeneralAccessoryID */
    4327,  /* GeneralAccessoryNumber */
    4323,  /* GeneralAccessorySequence */
    4326,  /* GeneralAccessoryType */
    3473,  /* GeneralMachineVerificationSequence */
    2466,  /* GeneralPurposePerformedProcedureStepStatus */
    2467,  /* GeneralPurposeScheduledProcedureStepPriority */
    2465,  /* GeneralPurposeScheduledProcedureStepStatus */
    1949,  /* GeneralizedDefectCorrectedSensitivityDeviationFlag */
    1951,  /* GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue */
    1950,  /* GeneralizedDefectCorrectedSensitivityDeviationValue */
    1918,  /* GeneralizedDefectSensitivityDeviationAlgorithmSequence */
    765,  /* GeneratorID */
    867,  /* GeneratorPower */
    334,  /* GeneticModificationsCodeSequence */
    332,  /* GeneticModificationsDescription */
    333,  /* GeneticModificationsNomenclature */
    331,  /* GeneticModificationsSequence */
    2203,  /* GeometricMaximumDistortion */
    2202,  /* GeometricalProperties */
    3315,  /* GeometryForDisplay */
    1138,  /* GeometryOfKSpaceTraversal */
    3256,  /* GlobalCrop */
    3257,  /* GlobalCroppingSpecificationIndex */
    1917,  /* GlobalDeviationFromNormal */
    1922,  /* GlobalDeviationProbability */
    1910,  /* GlobalDeviationProbabilityNormalsFlag */
    1933,  /* GlobalDeviationProbabilitySequence */
    1253,  /* GradientEchoTrainLength */
    1229,  /* GradientOutput */
    1227,  /* GradientOutputType */
    3133,  /* GraphicAnnotationSequence */
    3137,  /* GraphicAnnotationUnits */
    3231,  /* GraphicCoordinatesDataSequence */
    3148,  /* GraphicData */
    3146,  /* GraphicDimensions */
    3150,  /* GraphicFilled */
    3176,  /* GraphicGroupDescription */
    3218,  /* GraphicGroupID */
    3175,  /* GraphicGroupLabel */
    3186,  /* GraphicGroupSequence */
    3134,  /* GraphicLayer */
    3163,  /* GraphicLayerDescription */
    3160,  /* GraphicLayerOrder */
    3237,  /* GraphicLayerRecommendedDisplayCIELabValue */
    3161,  /* GraphicLayerRecommendedDisplayGrayscaleValue */
    3162,  /* GraphicLayerRecommendedDisplayRGBValue */
    3159,  /* GraphicLayerSequence */
    3140,  /* GraphicObjectSequence */
    3149,  /* GraphicType */
    2077,  /* GrayLookupTableData */
    2068,  /* GrayLookupTableDescriptor */
    2066,  /* GrayScale */
    2079,  /* GreenPaletteColorLookupTableData */
    2070,  /* GreenPaletteColorLookupTableDescriptor */
    866,  /* Grid */
    1096,  /* GridAbsorbingMaterial */
    1100,  /* GridAspectRatio */
    2969,  /* GridDimensions */
    1102,  /* GridFocalDistance */
    3784,  /* GridFrameOffsetVector */
    766,  /* GridID */
    1101,  /* GridPeriod */
    1099,  /* GridPitch */
    2970,  /* GridResolution */
    1097,  /* GridSpacingMaterial */
    1098,  /* GridThickness */
    310,  /* GroupOfPatientsIdentificationSequence */
    2648,  /* HL7DocumentEffectiveTime */
    2649,  /* HL7DocumentTypeCodeSequence */
    2647,  /* HL7InstanceIdentifier */
    2612,  /* HL7StructuredDocumentReferenceSequence */
    3063,  /* HPGLContourPenNumber */
    3062,  /* HPGLDocument */
    3057,  /* HPGLDocumentID */
    3058,  /* HPGLDocumentLabel */
    3061,  /* HPGLDocumentScaling */
    3056,  /* HPGLDocumentSequence */
    3067,  /* HPGLPenDescription */
    3066,  /* HPGLPenLabel */
    3065,  /* HPGLPenNumber */
    3064,  /* HPGLPenSequence */
    2389,  /* HalfValueLayer */
    3324,  /* HangingProtocolCreationDateTime */
    3323,  /* HangingProtocolCreator */
    3325,  /* HangingProtocolDefinitionSequence */
    3321,  /* HangingProtocolDescription */
    3322,  /* HangingProtocolLevel */
    3320,  /* HangingProtocolName */
    3327,  /* HangingProtocolUserGroupName */
    3326,  /* HangingProtocolUserIdentificationCodeSequence */
    773,  /* HardcopyCreationDeviceID */
    777,  /* HardcopyDeviceManufacturer */
    781,  /* HardcopyDeviceManufacturerModelName */
    780,  /* HardcopyDeviceSoftwareVersion */
    4134,  /* HeadFixationAngle */
    4140,  /* HeadFixationAngleTolerance */
    827,  /* HeartRate */
    2019,  /* HighBit */
    4043,  /* HighDoseTechniqueType */
    4794,  /* HighEnergyDetectors */
    822,  /* HighRRValue */
    2942,  /* HistogramBinWidth */
    2944,  /* HistogramData */
    2943,  /* HistogramExplanation */
    2940,  /* HistogramFirstBinValue */
    2941,  /* HistogramLastBinValue */
    2939,  /* HistogramNumberOfBins */
    2938,  /* HistogramSequence */
    2660,  /* HomeCommunityID */
    3188,  /* HorizontalAlignment */
    1714,  /* HorizontalFieldOfView */
    463,  /* HorizontalOffsetOfSensor */
    2699,  /* HorizontalPrismBase */
    2698,  /* HorizontalPrismPower */
    4916,  /* HuffmanTableSize */
    4917,  /* HuffmanTableTriplet */
    2473,  /* HumanPerformerCodeSequence */
    2496,  /* HumanPerformerName */
    2495,  /* HumanPerformerOrganization */
    642,  /* Humidity */
    2112,  /* ICCProfile */
    1761,  /* IOLFormulaCodeSequence */
    1762,  /* IOLFormulaDetail */
    1785,  /* IOLManufacturer */
    1778,  /* IOLPower */
    1793,  /* IOLPowerForExactEmmetropia */
    1794,  /* IOLPowerForExactTargetRefraction */
    1783,  /* IOLPowerSequence */
    626,  /* ISOSpeed */
    627,  /* ISOSpeedLatitudeyyy */
    628,  /* ISOSpeedLatitudezzz */
    994,  /* IVUSAcquisition */
    996,  /* IVUSGatedRate */
    995,  /* IVUSPullbackRate */
    997,  /* IVUSPullbackStartFrameNumber */
    998,  /* IVUSPullbackStopFrameNumber */
    3598,  /* IconImageSequence */
    2622,  /* IdenticalDocumentsSequence */
    2590,  /* IdentificationDescriptionTrial */
    2544,  /* IdentifierCodeSequenceTrial */
    2353,  /* IdentifierTypeCode */
    286,  /* IdentifyingComments */
    180,  /* IdentifyingPrivateElements */
    3676,  /* Illumination */
    1751,  /* IlluminationBandwidth */
    2798,  /* IlluminationColorCodeSequence */
    1750,  /* IlluminationPower */
    1723,  /* IlluminationTypeCodeSequence */
    1749,  /* IlluminationWaveLength */
    2793,  /* IlluminatorTypeCodeSequence */
    861,  /* ImageAndFluoroscopyAreaDoseProduct */
    3730,  /* ImageBoxContentSequence */
    3409,  /* ImageBoxLargeScrollAmount */
    3408,  /* ImageBoxLargeScrollType */
    3402,  /* ImageBoxLayoutType */
    3401,  /* ImageBoxNumber */
    3410,  /* ImageBoxOverlapPriority */
    3682,  /* ImageBoxPosition */
    3648,  /* ImageBoxPresentationLUTFlag */
    3405,  /* ImageBoxScrollDirection */
    3407,  /* ImageBoxSmallScrollAmount */
    3406,  /* ImageBoxSmallScrollType */
    3421,  /* ImageBoxSynchronizationSequence */
    3403,  /* ImageBoxTileHorizontalDimension */
    3404,  /* ImageBoxTileVerticalDimension */
    3400,  /* ImageBoxesSequence */
    2425,  /* ImageCenterPointCoordinatesSequence */
    1637,  /* ImageComments */
    4913,  /* ImageDataLocation */
    1511,  /* ImageDataTypeSequence */
    1981,  /* ImageDimensions */
    3656,  /* ImageDisplayFormat */
    1294,  /* ImageFilter */
    1572,  /* ImageFilterDescription */
    895,  /* ImageFilterDetailsSequence */
    1995,  /* ImageFormat */
    4955,  /* ImageFrameOrigin */
    1606,  /* ImageGeometryType */
    3152,  /* ImageHorizontalFlip */
    2904,  /* ImageID */
    2935,  /* ImageIndex */
    1605,  /* ImageLaterality */
    2035,  /* ImageLocation */
    1600,  /* ImageOrientation */
    1601,  /* ImageOrientationPatient */
    2794,  /* ImageOrientationSlide */
    1683,  /* ImageOrientationVolume */
    3732,  /* ImageOverlayBoxContentSequence */
    3646,  /* ImageOverlayFlag */
    1706,  /* ImagePathFilterPassBand */
    1705,  /* ImagePathFilterPassThroughWavelength */
    1725,  /* ImagePathFilterTypeStackCodeSequence */
    3760,  /* ImagePlanePixelSpacing */
    1598,  /* ImagePosition */
    1599,  /* ImagePositionPatient */
    1682,  /* ImagePositionVolume */
    2124,  /* ImagePresentationComments */
    2204,  /* ImageProcessingApplied */
    562,  /* ImageQualityIndicatorMaterial */
    563,  /* ImageQualityIndicatorSize */
    561,  /* ImageQualityIndicatorType */
    3153,  /* ImageRotation */
    3151,  /* ImageRotationRetired */
    4869,  /* ImageScaleRepresentation */
    3342,  /* ImageSetLabel */
    3336,  /* ImageSetNumber */
    3337,  /* ImageSetSelectorCategory */
    3331,  /* ImageSetSelectorSequence */
    3332,  /* ImageSetSelectorUsageFlag */
    3330,  /* ImageSetsSequence */
    2214,  /* ImageToEquipmentMappingMatrix */
    1019,  /* ImageTransformationMatrix */
    1020,  /* ImageTranslationVector */
    804,  /* ImageTriggerDelay */
    90,  /* ImageType */
    3253,  /* ImageVolumeGeometry */
    751,  /* ImagedNucleus */
    2783,  /* ImagedVolumeDepth */
    2782,  /* ImagedVolumeHeight */
    2781,  /* ImagedVolumeWidth */
    865,  /* ImagerPixelSpacing */
    1616,  /* ImagesInAcquisition */
    1617,  /* ImagesInSeries */
    1619,  /* ImagesInStudy */
    4046,  /* ImagingDeviceSpecificAcquisitionParameters */
    750,  /* ImagingFrequency */
    2463,  /* ImagingServiceRequestComments */
    706,  /* ImmersionMedia */
    2332,  /* ImpedanceMeasurementCurrentType */
    2330,  /* ImpedanceMeasurementDateTime */
    2331,  /* ImpedanceMeasurementFrequency */
    2329,  /* ImpedanceValue */
    3519,  /* ImplantAssemblyTemplateIssuer */
    3518,  /* ImplantAssemblyTemplateName */
    3525,  /* ImplantAssemblyTemplateTargetAnatomySequence */
    3522,  /* ImplantAssemblyTemplateType */
    3520,  /* ImplantAssemblyTemplateVersion */
    1787,  /* ImplantName */
    1789,  /* ImplantPartNumber */
    3054,  /* ImplantRegulatoryDisapprovalCodeSequence */
    3042,  /* ImplantSize */
    3049,  /* ImplantTargetAnatomySequence */
    3070,  /* ImplantTemplate3DModelSurfaceNumber */
    3542,  /* ImplantTemplateGroupDescription */
    3543,  /* ImplantTemplateGroupIssuer */
    3548,  /* ImplantTemplateGroupMemberID */
    3551,  /* ImplantTemplateGroupMemberMatching2DCoordinatesSequence */
    3547,  /* ImplantTemplateGroupMembersSequence */
    3541,  /* ImplantTemplateGroupName */
    3546,  /* ImplantTemplateGroupTargetAnatomySequence */
    3555,  /* ImplantTemplateGroupVariationDimensionName */
    3558,  /* ImplantTemplateGroupVariationDimensionRank */
    3556,  /* ImplantTemplateGroupVariationDimensionRankSequence */
    3554,  /* ImplantTemplateGroupVariationDimensionSequence */
    3544,  /* ImplantTemplateGroupVersion */
    3043,  /* ImplantTemplateVersion */
    3045,  /* ImplantType */
    3076,  /* ImplantTypeCodeSequence */
    51,  /* ImplementationClassUID */
    52,  /* ImplementationVersionName */
    4791,  /* Impressions */
    1655,  /* InConcatenationNumber */
    1656,  /* InConcatenationTotalNumber */
    917,  /* InPlanePhaseEncodingDirection */
    1641,  /* InStackPositionNumber */
    4851,  /* InboundArrivalType */
    521,  /* IncidentAngle */
    3744,  /* IncludeDisplayApplication */
    3743,  /* IncludeNonDICOMObjects */
    2252,  /* IncludesImagingSubject */
    2256,  /* IncludesInformation */
    1975,  /* IndexNormalsFlag */
    1976,  /* IndexProbability */
    1977,  /* IndexProbabilitySequence */
    438,  /* IndicationDescription */
    440,  /* IndicationDisposition */
    437,  /* IndicationLabel */
    436,  /* IndicationNumber */
    442,  /* IndicationPhysicalPropertySequence */
    441,  /* IndicationROISequence */
    435,  /* IndicationSequence */
    439,  /* IndicationType */
    3050,  /* InformationFromManufacturerSequence */
    3052,  /* InformationIssueDateTime */
    3053,  /* InformationSummary */
    736,  /* InitialCineRunState */
    8,  /* Initiator */
    418,  /* InnerDiameter */
    2480,  /* InputAvailabilityFlag */
    2481,  /* InputInformationSequence */
    2498,  /* InputReadinessState */
    3248,  /* InputSequencePositionIndex */
    4876,  /* InspectionSelectionCriteria */
    122,  /* InstanceAvailability */
    95,  /* InstanceCoercionDateTime */
    92,  /* InstanceCreationDate */
    93,  /* InstanceCreationTime */
    94,  /* InstanceCreatorUID */
    4683,  /* InstanceLevelReferencedPerformedProcedureStepSequence */
    1587,  /* InstanceNumber */
    3634,  /* InstanceOriginStatus */
    132,  /* InstitutionAddress */
    133,  /* InstitutionCodeSequence */
    131,  /* InstitutionName */
    197,  /* InstitutionalDepartmentName */
    198,  /* InstitutionalDepartmentTypeCodeSequence */
    1543,  /* InstructionDescription */
    1541,  /* InstructionIndex */
    1546,  /* InstructionPerformanceComment */
    1545,  /* InstructionPerformedDateTime */
    1544,  /* InstructionPerformedFlag */
    1540,  /* InstructionSequence */
    1542,  /* InstructionText */
    347,  /* InsurancePlanIdentification */
    4740,  /* IntendedDeliveryDuration */
    4747,  /* IntendedFractionStartTime */
    4409,  /* IntendedNumberOfFractions */
    4692,  /* IntendedPhaseEndDate */
    4691,  /* IntendedPhaseStartDate */
    4690,  /* IntendedRTTreatmentPhaseSequence */
    2444,  /* IntendedRecipientsOfResultsIdentificationSequence */
    4748,  /* IntendedStartDayOfWeek */
    1374,  /* IntensifierActiveDimensions */
    1373,  /* IntensifierActiveShape */
    864,  /* IntensifierSize */
    2823,  /* InterMarkerDistance */
    4524,  /* InterlockCodeSequence */
    4521,  /* InterlockDateTime */
    4522,  /* InterlockDescription */
    4535,  /* InterlockOriginDescription */
    4523,  /* InterlockOriginatingDeviceSequence */
    4525,  /* InterlockResolutionCodeSequence */
    4526,  /* InterlockResolutionUserSequence */
    4520,  /* InterlockSequence */
    2712,  /* IntermediatePupillaryDistance */
    459,  /* InternalDetectorFrameTime */
    4827,  /* InternationalRouteSegment */
    670,  /* InteroperabilityIndex */
    671,  /* InteroperabilityVersion */
    2855,  /* InterpolationType */
    4779,  /* InterpretationApprovalDate */
    4780,  /* InterpretationApprovalTime */
    4778,  /* InterpretationApproverSequence */
    4777,  /* InterpretationAuthor */
    4783,  /* InterpretationDiagnosisCodeSequence */
    4782,  /* InterpretationDiagnosisDescription */
    4787,  /* InterpretationID */
    4788,  /* InterpretationIDIssuer */
    4769,  /* InterpretationRecordedDate */
    4770,  /* InterpretationRecordedTime */
    4771,  /* InterpretationRecorder */
    4790,  /* InterpretationStatusID */
    4776,  /* InterpretationText */
    4775,  /* InterpretationTranscriber */
    4773,  /* InterpretationTranscriptionDate */
    4774,  /* InterpretationTranscriptionTime */
    4789,  /* InterpretationTypeID */
    1590,  /* IntervalNumber */
    823,  /* IntervalsAcquired */
    824,  /* IntervalsRejected */
    734,  /* InterventionDescription */
    722,  /* InterventionDrugCodeSequence */
    721,  /* InterventionDrugDose */
    719,  /* InterventionDrugInformationSequence */
    728,  /* InterventionDrugName */
    729,  /* InterventionDrugStartTime */
    720,  /* InterventionDrugStopTime */
    730,  /* InterventionSequence */
    732,  /* InterventionStatus */
    1713,  /* IntraOcularPressure */
    1826,  /* IntraocularLensCalculationsLeftEyeSequence */
    1825,  /* IntraocularLensCalculationsRightEyeSequence */
    2846,  /* IntravascularFrameContentSequence */
    2847,  /* IntravascularLongitudinalDistance */
    2848,  /* IntravascularOCTFrameContentSequence */
    2844,  /* IntravascularOCTFrameTypeSequence */
    1118,  /* InversionRecovery */
    748,  /* InversionTime */
    1176,  /* InversionTimes */
    4314,  /* IonBeamLimitingDeviceSequence */
    4313,  /* IonBeamSequence */
    4315,  /* IonBlockSequence */
    3877,  /* IonControlPointDeliverySequence */
    4316,  /* IonControlPointSequence */
    3479,  /* IonControlPointVerificationSequence */
    3475,  /* IonMachineVerificationSequence */
    4250,  /* IonRangeCompensatorSequence */
    4312,  /* IonToleranceTableSequence */
    4318,  /* IonWedgePositionSequence */
    4317,  /* IonWedgeSequence */
    1411,  /* IrradiationEventIdentificationSequence */
    283,  /* IrradiationEventUID */
    4123,  /* IsocenterPosition */
    1397,  /* IsocenterReferenceSystemSequence */
    4034,  /* IsocenterToBeamLimitingDeviceDistance */
    4085,  /* IsocenterToBlockTrayDistance */
    4247,  /* IsocenterToCompensatorDistances */
    4245,  /* IsocenterToCompensatorTrayDistance */
    4329,  /* IsocenterToGeneralAccessoryDistance */
    4294,  /* IsocenterToLateralSpreadingDeviceDistance */
    4300,  /* IsocenterToRangeModulatorDistance */
    4290,  /* IsocenterToRangeShifterDistance */
    4057,  /* IsocenterToWedgeTrayDistance */
    1588,  /* IsotopeNumber */
    2453,  /* IssueDateOfImagingServiceRequest */
    2454,  /* IssueTimeOfImagingServiceRequest */
    117,  /* IssuerOfAccessionNumberSequence */
    2261,  /* IssuerOfAdmissionID */
    2262,  /* IssuerOfAdmissionIDSequence */
    306,  /* IssuerOfPatientID */
    308,  /* IssuerOfPatientIDQualifiersSequence */
    2277,  /* IssuerOfServiceEpisodeID */
    2279,  /* IssuerOfServiceEpisodeIDSequence */
    2403,  /* IssuerOfTheContainerIdentifierSequence */
    2416,  /* IssuerOfTheSpecimenIdentifierSequence */
    3196,  /* Italic */
    4901,  /* Item */
    4902,  /* ItemDelimitationItem */
    1593,  /* ItemNumber */
    1502,  /* IterativeReconstructionMethod */
    4846,  /* ItineraryID */
    4848,  /* ItineraryIDAssigningAuthority */
    4847,  /* ItineraryIDType */
    1164,  /* KSpaceFiltering */
    738,  /* KVP */
    470,  /* KVUsedInGainCalibration */
    2770,  /* KeratoconusPredictionIndex */
    1763,  /* KeratometerIndex */
    2719,  /* KeratometricAxis */
    2718,  /* KeratometricPower */
    2715,  /* KeratometryLeftEyeSequence */
    1788,  /* KeratometryMeasurementTypeCodeSequence */
    2714,  /* KeratometryRightEyeSequence */
    564,  /* LINACEnergy */
    565,  /* LINACOutput */
    2121,  /* LUTData */
    2118,  /* LUTDescriptor */
    2119,  /* LUTExplanation */
    2213,  /* LUTFrameRange */
    2206,  /* LUTFunction */
    2513,  /* LUTLabel */
    1597,  /* LUTNumber */
    3738,  /* LabelStyleSelection */
    3737,  /* LabelText */
    3736,  /* LabelUsingInformationExtractedFromInstances */
    89,  /* LanguageCodeSequence */
    2629,  /* LanguageCodeSequenceTrial */
    2084,  /* LargeBluePaletteColorLookupTableData */
    2075,  /* LargeBluePaletteColorLookupTableDescriptor */
    2083,  /* LargeGreenPaletteColorLookupTableData */
    2074,  /* LargeGreenPaletteColorLookupTableDescriptor */
    2085,  /* LargePaletteColorLookupTableUID */
    2082,  /* LargeRedPaletteColorLookupTableData */
    2073,  /* LargeRedPaletteColorLookupTableDescriptor */
    2024,  /* LargestImagePixelValue */
    2028,  /* LargestImagePixelValueInPlane */
    2191,  /* LargestMonochromePixelValue */
    2026,  /* LargestPixelValueInSeries */
    2022,  /* LargestValidPixelValue */
    364,  /* LastMenstrualDate */
    4272,  /* LateralSpreadingDeviceDescription */
    4270,  /* LateralSpreadingDeviceID */
    4269,  /* LateralSpreadingDeviceNumber */
    4268,  /* LateralSpreadingDeviceSequence */
    4293,  /* LateralSpreadingDeviceSetting */
    4292,  /* LateralSpreadingDeviceSettingsSequence */
    4271,  /* LateralSpreadingDeviceType */
    4273,  /* LateralSpreadingDeviceWaterEquivalentThickness */
    1604,  /* Laterality */
    4110,  /* LeafJawPositions */
    4036,  /* LeafPositionBoundaries */
    1733,  /* LeftImageSequence */
    2694,  /* LeftLensSequence */
    87,  /* LengthToEnd */
    1786,  /* LensConstantDescription */
    1784,  /* LensConstantSequence */
    2692,  /* LensDescription */
    667,  /* LensMake */
    668,  /* LensModel */
    2702,  /* LensSegmentType */
    669,  /* LensSerialNumber */
    666,  /* LensSpecification */
    1759,  /* LensStatusCodeSequence */
    1781,  /* LensStatusDescription */
    1801,  /* LensThickness */
    1796,  /* LensThicknessSequence */
    1726,  /* LensesCodeSequence */
    999,  /* LesionNumber */
    3284,  /* LightDirection */
    1704,  /* LightPathFilterPassBand */
    1703,  /* LightPathFilterPassThroughWavelength */
    1724,  /* LightPathFilterTypeStackCodeSequence */
    637,  /* LightSource */
    703,  /* LightSourcePolarization */
    3200,  /* LineDashingStyle */
    3201,  /* LinePattern */
    3006,  /* LineSequence */
    3184,  /* LineStyleSequence */
    3199,  /* LineThickness */
    479,  /* LinearityCorrectionTechnique */
    2665,  /* ListOfMIMETypes */
    1923,  /* LocalDeviationProbabilityNormalsFlag */
    2350,  /* LocalNamespaceEntityID */
    1919,  /* LocalizedDeviationFromNormal */
    1924,  /* LocalizedDeviationProbability */
    1934,  /* LocalizedDeviationProbabilitySequence */
    990,  /* LocalizingCursorPosition */
    1602,  /* Location */
    498,  /* LocationOfMeasuredBeamDiameter */
    163,  /* LongCodeValue */
    2830,  /* LongDeviceDescription */
    3024,  /* LongEdgePointIndexList */
    3022,  /* LongPrimitivePointIndexList */
    3023,  /* LongTrianglePointIndexList */
    3025,  /* LongVertexPointIndexList */
    390,  /* LongitudinalTemporalEventType */
    2039,  /* LongitudinalTemporalInformationModified */
    389,  /* LongitudinalTemporalOffsetFromEvent */
    2114,  /* LossyImageCompression */
    2116,  /* LossyImageCompressionMethod */
    2115,  /* LossyImageCompressionRatio */
    242,  /* LossyImageCompressionRetired */
    4793,  /* LowEnergyDetectors */
    821,  /* LowRRValue */
    2149,  /* LuminanceCharacteristicsID */
    2172,  /* LuminanceResponseDescription */
    2168,  /* LuminanceResponseSequence */
    2176,  /* LuminanceResultSequence */
    2179,  /* LuminanceUniformityResultSequence */
    2171,  /* LuminanceValue */
    3622,  /* MAC */
    3609,  /* MACAlgorithm */
    3608,  /* MACCalculationTransferSyntaxUID */
    3607,  /* MACIDNumber */
    4879,  /* MACParametersSequence */
    471,  /* MAUsedInGainCalibration */
    2663,  /* MIMETypeOfEncapsulatedDocument */
    3268,  /* MPRSlabThickness */
    3267,  /* MPRThicknessType */
    3269,  /* MPRTopLeftHandCorner */
    3275,  /* MPRViewHeight */
    3274,  /* MPRViewHeightDirection */
    3271,  /* MPRViewWidth */
    3270,  /* MPRViewWidthDirection */
    1158,  /* MRAcquisitionFrequencyEncodingSteps */
    1247,  /* MRAcquisitionPhaseEncodingStepsInPlane */
    1248,  /* MRAcquisitionPhaseEncodingStepsOutOfPlane */
    716,  /* MRAcquisitionType */
    1255,  /* MRArterialSpinLabelingSequence */
    1205,  /* MRAveragesSequence */
    81,  /* MRDRDirectoryRecordOffset */
    1203,  /* MRDiffusionSequence */
    1201,  /* MREchoSequence */
    1206,  /* MRFOVGeometrySequence */
    1245,  /* MRImageFrameTypeSequence */
    1116,  /* MRImagingModifierSequence */
    1211,  /* MRMetaboliteMapSequence */
    1202,  /* MRModifierSequence */
    1145,  /* MRReceiveCoilSequence */
    1199,  /* MRSpatialSaturationSequence */
    1239,  /* MRSpectroscopyAcquisitionType */
    1195,  /* MRSpectroscopyFOVGeometrySequence */
    1246,  /* MRSpectroscopyFrameTypeSequence */
    1200,  /* MRTimingAndRelatedParametersSequence */
    1152,  /* MRTransmitCoilSequence */
    1236,  /* MRVelocityEncodingSequence */
    4506,  /* MachineSpecificTreatmentTerminationCodeSequence */
    753,  /* MagneticFieldStrength */
    1128,  /* MagnetizationTransfer */
    3662,  /* MagnificationType */
    3701,  /* MagnifyToNumberOfColumns */
    569,  /* MainLobeAngle */
    570,  /* MainRoofAngle */
    3214,  /* MajorTicksSequence */
    640,  /* MakerNote */
    3531,  /* MandatoryComponentType */
    2984,  /* Manifold */
    1996,  /* ManipulatedImage */
    130,  /* Manufacturer */
    771,  /* ManufacturerDeviceClassUID */
    4682,  /* ManufacturerDeviceIdentifier */
    209,  /* ManufacturerModelName */
    4641,  /* ManufacturerModelVersion */
    173,  /* ManufacturerRelatedModelGroup */
    1835,  /* MappedPixelValue */
    145,  /* MappingResource */
    168,  /* MappingResourceIdentificationSequence */
    166,  /* MappingResourceName */
    162,  /* MappingResourceUID */
    2135,  /* MaskFrameNumbers */
    2133,  /* MaskOperation */
    2139,  /* MaskOperationExplanation */
    2130,  /* MaskPointers */
    2205,  /* MaskSelectionMode */
    2137,  /* MaskSubPixelShift */
    2132,  /* MaskSubtractionSequence */
    2207,  /* MaskVisibilityPercentage */
    1607,  /* MaskingImage */
    4811,  /* Mass */
    1355,  /* MaterialAttenuationSequence */
    1350,  /* MaterialCodeSequence */
    411,  /* MaterialGrade */
    4064,  /* MaterialID */
    410,  /* MaterialIsolationDiameter */
    414,  /* MaterialNotes */
    409,  /* MaterialPipeDiameter */
    412,  /* MaterialPropertiesDescription */
    413,  /* MaterialPropertiesFileFormatRetired */
    408,  /* MaterialThickness */
    3074,  /* MaterialsCodeSequence */
    3083,  /* MatingFeatureDegreeOfFreedomSequence */
    3082,  /* MatingFeatureID */
    3081,  /* MatingFeatureSequence */
    3079,  /* MatingFeatureSetID */
    3080,  /* MatingFeatureSetLabel */
    3078,  /* MatingFeatureSetsSequence */
    3221,  /* MatrixRegistrationSequence */
    3222,  /* MatrixSequence */
    634,  /* MaxApertureValue */
    3671,  /* MaxDensity */
    1747,  /* MaximumAcrossScanDistortion */
    1742,  /* MaximumAlongScanDistortion */
    3675,  /* MaximumCollatedFilms */
    4929,  /* MaximumCoordinateValue */
    2760,  /* MaximumCornealCurvature */
    2761,  /* MaximumCornealCurvatureLocation */
    2759,  /* MaximumCornealCurvatureSequence */
    1740,  /* MaximumDepthDistortion */
    2958,  /* MaximumFractionalValue */
    3642,  /* MaximumMemoryAllocation */
    4485,  /* MaximumNominalEnergy */
    4696,  /* MaximumNumberOfIntervalDays */
    2992,  /* MaximumPointDistance */
    1881,  /* MaximumStimulusLuminance */
    2092,  /* MaximumStoredValueMapped */
    2991,  /* MeanPointDistance */
    343,  /* MeasuredAPDimension */
    501,  /* MeasuredBandwidth */
    496,  /* MeasuredBeamDimensionA */
    497,  /* MeasuredBeamDimensionB */
    500,  /* MeasuredCenterFrequency */
    2178,  /* MeasuredCharacteristics */
    3858,  /* MeasuredDoseDescription */
    3893,  /* MeasuredDoseReferenceNumber */
    3857,  /* MeasuredDoseReferenceSequence */
    3859,  /* MeasuredDoseType */
    3860,  /* MeasuredDoseValue */
    344,  /* MeasuredLateralDimension */
    4530,  /* MeasuredMetersetToDoseMappingSequence */
    2595,  /* MeasuredValueSequence */
    2588,  /* MeasurementAutomationTrial */
    2158,  /* MeasurementEquipmentSequence */
    2160,  /* MeasurementEquipmentType */
    2159,  /* MeasurementFunctions */
    1958,  /* MeasurementLaterality */
    2185,  /* MeasurementPatternCodeSequence */
    2537,  /* MeasurementPrecisionDescriptionTrial */
    2431,  /* MeasurementUnitsCodeSequence */
    3039,  /* MeasurementValuesSequence */
    3034,  /* MeasurementsSequence */
    2378,  /* MeasuringUnitsSequence */
    1007,  /* MechanicalIndex */
    3739,  /* MediaDisposition */
    3651,  /* MediaInstalledSequence */
    48,  /* MediaStorageSOPClassUID */
    49,  /* MediaStorageSOPInstanceUID */
    353,  /* MedicalAlerts */
    351,  /* MedicalRecordLocator */
    3638,  /* MediumType */
    3641,  /* MemoryAllocation */
    3649,  /* MemoryBitDepth */
    6,  /* MessageID */
    7,  /* MessageIDBeingRespondedTo */
    33,  /* MessageSetID */
    1180,  /* MetaboliteMapCodeSequence */
    1177,  /* MetaboliteMapDescription */
    636,  /* MeteringMode */
    3769,  /* MetersetExposure */
    4287,  /* MetersetRate */
    3881,  /* MetersetRateDelivered */
    3880,  /* MetersetRateSet */
    4388,  /* MetersetToDoseMappingSequence */
    1198,  /* MidSlabPosition */
    349,  /* MilitaryRank */
    3670,  /* MinDensity */
    4928,  /* MinimumCoordinateValue */
    4746,  /* MinimumHoursBetweenFractions */
    2762,  /* MinimumKeratometricSequence */
    4484,  /* MinimumNominalEnergy */
    4695,  /* MinimumNumberOfIntervalDays */
    1952,  /* MinimumSensitivityValue */
    2091,  /* MinimumStoredValueMapped */
    125,  /* ModalitiesInStudy */
    124,  /* Modality */
    2117,  /* ModalityLUTSequence */
    2120,  /* ModalityLUTType */
    2843,  /* ModeOfPercutaneousAccessSequence */
    3115,  /* ModelGroupUID */
    3113,  /* ModelMirroring */
    3112,  /* ModelModification */
    1538,  /* ModelSpecificationSequence */
    3114,  /* ModelUsageCodeSequence */
    3595,  /* ModifiableConstraintFlag */
    3626,  /* ModifiedAttributesSequence */
    1633,  /* ModifiedImageDate */
    1636,  /* ModifiedImageDescription */
    1632,  /* ModifiedImageID */
    1635,  /* ModifiedImageTime */
    2589,  /* ModifierCodeSequence */
    1631,  /* ModifyingDeviceID */
    1634,  /* ModifyingDeviceManufacturer */
    3631,  /* ModifyingSystem */
    4256,  /* ModulatedScanModeType */
    506,  /* ModulationType */
    1349,  /* MonoenergeticEnergyEquivalent */
    3887,  /* MostRecentTreatmentDate */
    4321,  /* MotionSynchronizationSequence */
    11,  /* MoveDestination */
    29,  /* MoveOriginatorApplicationEntityTitle */
    30,  /* MoveOriginatorMessageID */
    1149,  /* MultiCoilConfiguration */
    1148,  /* MultiCoilDefinitionSequence */
    1150,  /* MultiCoilElementName */
    1151,  /* MultiCoilElementUsed */
    2211,  /* MultiFramePresentationSequence */
    232,  /* MultiFrameSourceSOPInstanceUID */
    1121,  /* MultiPlanarExcitation */
    3266,  /* MultiPlanarReconstructionStyle */
    1348,  /* MultienergyAcquisitionDescription */
    1322,  /* MultienergyCTAcquisition */
    1323,  /* MultienergyCTAcquisitionSequence */
    1325,  /* MultienergyCTCharacteristicsSequence */
    1347,  /* MultienergyCTPathIndex */
    1346,  /* MultienergyCTPathSequence */
    1324,  /* MultienergyCTProcessingSequence */
    1336,  /* MultienergyCTXRayDetectorSequence */
    1326,  /* MultienergyCTXRaySourceSequence */
    1339,  /* MultienergyDetectorType */
    1329,  /* MultienergySourceTechnique */
    425,  /* MultipleComponentApprovalSequence */
    2470,  /* MultipleCopiesFlag */
    1120,  /* MultipleSpinEcho */
    2292,  /* MultiplexGroupLabel */
    805,  /* MultiplexGroupTimeOffset */
    2326,  /* MultiplexGroupUID */
    2323,  /* MultiplexedAudioChannelsDescriptionCodeSequence */
    1729,  /* MydriaticAgentCodeSequence */
    1748,  /* MydriaticAgentConcentration */
    1745,  /* MydriaticAgentConcentrationUnitsSequence */
    1752,  /* MydriaticAgentSequence */
    978,  /* NTPSourceAddress */
    203,  /* NameOfPhysiciansReadingStudy */
    2443,  /* NamesOfIntendedRecipientsOfResults */
    3398,  /* NavigationDisplaySet */
    3397,  /* NavigationIndicatorSequence */
    2711,  /* NearPupillaryDistance */
    1900,  /* NegativeCatchTrialsQuantity */
    191,  /* NetworkID */
    584,  /* NominalBeamAngle */
    4105,  /* NominalBeamEnergy */
    3967,  /* NominalBeamEnergyUnit */
    1648,  /* NominalCardiacTriggerDelayTime */
    1649,  /* NominalCardiacTriggerTimePriorToRPeak */
    4483,  /* NominalEnergy */
    499,  /* NominalFrequency */
    799,  /* NominalInterval */
    1341,  /* NominalMaxEnergy */
    1342,  /* NominalMinEnergy */
    1668,  /* NominalPercentageOfCardiacPhase */
    1669,  /* NominalPercentageOfRespiratoryPhase */
    3970,  /* NominalPriorDose */
    4347,  /* NominalRangeModulatedRegionDepths */
    4346,  /* NominalRangeModulationFractions */
    1679,  /* NominalRespiratoryTriggerDelayTime */
    985,  /* NominalScannedPixelSpacing */
    3382,  /* NominalScreenDefinitionSequence */
    2491,  /* NonDICOMOutputCodeSequence */
    1499,  /* NonUniformRadialSamplingCorrected */
    3628,  /* NonconformingDataElementValue */
    3627,  /* NonconformingModifiedAttributesSequence */
    178,  /* NonidentifyingPrivateElements */
    38,  /* NormalReverse */
    2049,  /* NormalizationFactorFormat */
    3782,  /* NormalizationPoint */
    2312,  /* NotchFilterBandwidth */
    2311,  /* NotchFilterFrequency */
    3051,  /* NotificationFromManufacturerSequence */
    115,  /* NuclearMedicineSeriesType */
    4833,  /* NumberOfAlarmObjects */
    3127,  /* NumberOfAnnotations */
    3576,  /* NumberOfAssessmentObservations */
    749,  /* NumberOfAverages */
    4006,  /* NumberOfBeams */
    4336,  /* NumberOfBlockSlabItems */
    4079,  /* NumberOfBlocks */
    4076,  /* NumberOfBoli */
    4471,  /* NumberOfBoluses */
    4024,  /* NumberOfBrachyApplicationSetups */
    1869,  /* NumberOfBscansPerFrame */
    4937,  /* NumberOfChannels */
    4063,  /* NumberOfCompensators */
    26,  /* NumberOfCompletedSuboperations */
    3828,  /* NumberOfContourPoints */
    4102,  /* NumberOfControlPoints */
    3635,  /* NumberOfCopies */
    2867,  /* NumberOfDetectors */
    2141,  /* NumberOfDisplaySubsystems */
    491,  /* NumberOfElements */
    2858,  /* NumberOfEnergyWindows */
    250,  /* NumberOfEventTimers */
    27,  /* NumberOfFailedSuboperations */
    3718,  /* NumberOfFilms */
    2790,  /* NumberOfFocalPlanes */
    4003,  /* NumberOfFractionPatternDigitsPerDay */
    4739,  /* NumberOfFractions */
    3888,  /* NumberOfFractionsDelivered */
    4602,  /* NumberOfFractionsIncluded */
    4002,  /* NumberOfFractionsPlanned */
    1983,  /* NumberOfFrames */
    4950,  /* NumberOfFramesInOverlay */
    2872,  /* NumberOfFramesInPhase */
    2879,  /* NumberOfFramesInRotation */
    460,  /* NumberOfFramesIntegrated */
    472,  /* NumberOfFramesUsedForIntegration */
    4469,  /* NumberOfGeneralAccessories */
    3147,  /* NumberOfGraphicPoints */
    3384,  /* NumberOfHorizontalPixels */
    4738,  /* NumberOfIntervalFractions */
    1485,  /* NumberOfIterations */
    1188,  /* NumberOfKSpaceTrajectories */
    4267,  /* NumberOfLateralSpreadingDevices */
    4035,  /* NumberOfLeafJawPairs */
    2167,  /* NumberOfLuminancePoints */
    1856,  /* NumberOfMapPoints */
    14,  /* NumberOfMatches */
    2812,  /* NumberOfOpticalPaths */
    2854,  /* NumberOfPaddedALines */
    4311,  /* NumberOfPaintings */
    4427,  /* NumberOfParallelRTBeamDelimiters */
    1627,  /* NumberOfPatientRelatedInstances */
    1626,  /* NumberOfPatientRelatedSeries */
    1625,  /* NumberOfPatientRelatedStudies */
    4490,  /* NumberOfPatientSupportDevices */
    755,  /* NumberOfPhaseEncodingSteps */
    2870,  /* NumberOfPhases */
    4922,  /* NumberOfPoints */
    965,  /* NumberOfPolygonalVertices */
    3329,  /* NumberOfPriorsReferenced */
    4216,  /* NumberOfPulses */
    2881,  /* NumberOfRRIntervals */
    4467,  /* NumberOfRTAccessoryHolders */
    4442,  /* NumberOfRTBeamLimitingDeviceOpenings */
    4420,  /* NumberOfRTBeamLimitingDevices */
    4360,  /* NumberOfRTControlPoints */
    4488,  /* NumberOfRadiationGenerationModes */
    4274,  /* NumberOfRangeModulators */
    4261,  /* NumberOfRangeShifters */
    86,  /* NumberOfReferences */
    25,  /* NumberOfRemainingSuboperations */
    2877,  /* NumberOfRotations */
    4938,  /* NumberOfSamples */
    4304,  /* NumberOfScanSpotPositions */
    3381,  /* NumberOfScreens */
    1630,  /* NumberOfSeriesRelatedInstances */
    2889,  /* NumberOfSlices */
    247,  /* NumberOfStages */
    1629,  /* NumberOfStudyRelatedInstances */
    1628,  /* NumberOfStudyRelatedSeries */
    1486,  /* NumberOfSubsets */
    2988,  /* NumberOfSurfacePoints */
    2974,  /* NumberOfSurfaces */
    1061,  /* NumberOfTableBreakPoints */
    2632,  /* NumberOfTableColumns */
    1064,  /* NumberOfTableEntries */
    2631,  /* NumberOfTableRows */
    4910,  /* NumberOfTables */
    1610,  /* NumberOfTemporalPositions */
    2892,  /* NumberOfTimeSlices */
    2885,  /* NumberOfTimeSlots */
    938,  /* NumberOfTomosynthesisSourceImages */
    4832,  /* NumberOfTotalObjects */
    2043,  /* NumberOfTransformSteps */
    2896,  /* NumberOfTriggersInPhase */
    2996,  /* NumberOfVectors */
    3383,  /* NumberOfVerticalPixels */
    251,  /* NumberOfViewsInStage */
    1893,  /* NumberOfVisualStimuli */
    3272,  /* NumberOfVolumetricCurvePoints */
    28,  /* NumberOfWarningSuboperations */
    2289,  /* NumberOfWaveformChannels */
    2290,  /* NumberOfWaveformSamples */
    4440,  /* NumberOfWedgePositions */
    4048,  /* NumberOfWedges */
    1166,  /* NumberOfZeroFills */
    2598,  /* NumericValue */
    2596,  /* NumericValueQualifierCodeSequence */
    2835,  /* OCTAcquisitionDomain */
    1868,  /* OCTBscanAnalysisAcquisitionParametersSequence */
    2832,  /* OCTFocalDistance */
    2836,  /* OCTOpticalCenterWavelength */
    2845,  /* OCTZOffsetApplied */
    2849,  /* OCTZOffsetCorrection */
    605,  /* OECFColumnNames */
    604,  /* OECFColumns */
    603,  /* OECFRows */
    606,  /* OECFValues */
    4838,  /* OOIOwnerCreationTime */
    4844,  /* OOIOwnerSequence */
    4802,  /* OOIOwnerType */
    4840,  /* OOISize */
    4839,  /* OOIType */
    4859,  /* OOITypeDescriptor */
    2546,  /* ObjectBinaryIdentifierTrial */
    2557,  /* ObjectDirectoryBinaryIdentifierTrial */
    1361,  /* ObjectPixelSpacingInCenterOfBeam */
    1394,  /* ObjectThicknessSequence */
    2802,  /* ObjectiveLensNumericalAperture */
    2801,  /* ObjectiveLensPower */
    3262,  /* ObliqueCroppingPlaneSequence */
    3587,  /* ObservationBasisCodeSequence */
    2577,  /* ObservationCategoryCodeSequenceTrial */
    2533,  /* ObservationDateTime */
    2586,  /* ObservationDateTrial */
    3579,  /* ObservationDescription */
    3834,  /* ObservationNumber */
    3578,  /* ObservationSignificance */
    2534,  /* ObservationStartDateTime */
    2614,  /* ObservationSubjectClassTrial */
    2623,  /* ObservationSubjectContextFlagTrial */
    2615,  /* ObservationSubjectTypeCodeSequenceTrial */
    2613,  /* ObservationSubjectUIDTrial */
    2587,  /* ObservationTimeTrial */
    2581,  /* ObservationUID */
    2624,  /* ObserverContextFlagTrial */
    2554,  /* ObserverType */
    360,  /* Occupation */
    17,  /* OffendingElement */
    1525,  /* OffsetDirection */
    1524,  /* OffsetDistance */
    77,  /* OffsetOfReferencedLowerLevelDirectoryEntity */
    71,  /* OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity */
    72,  /* OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity */
    75,  /* OffsetOfTheNextDirectoryRecord */
    3517,  /* OmittedApplicationSetupSequence */
    4594,  /* OmittedBeamTaskSequence */
    3512,  /* OmittedChannelSequence */
    4539,  /* OmittedRadiationSequence */
    280,  /* OnAxisBackgroundAnatomicStructureCodeSequenceTrial */
    1225,  /* OperatingMode */
    1223,  /* OperatingModeSequence */
    1224,  /* OperatingModeType */
    206,  /* OperatorIdentificationSequence */
    205,  /* OperatorsName */
    1864,  /* OphthalmicAnatomicReferencePointXCoordinate */
    1865,  /* OphthalmicAnatomicReferencePointYCoordinate */
    1758,  /* OphthalmicAxialLength */
    1809,  /* OphthalmicAxialLengthAcquisitionMethodCodeSequence */
    1808,  /* OphthalmicAxialLengthDataSourceCodeSequence */
    1811,  /* OphthalmicAxialLengthDataSourceDescription */
    1807,  /* OphthalmicAxialLengthMeasurementModified */
    1814,  /* OphthalmicAxialLengthMeasurementsLengthSummationSequence */
    1791,  /* OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence */
    1813,  /* OphthalmicAxialLengthMeasurementsSegmentalLengthSequence */
    1777,  /* OphthalmicAxialLengthMeasurementsSequence */
    1812,  /* OphthalmicAxialLengthMeasurementsTotalLengthSequence */
    1756,  /* OphthalmicAxialLengthMeasurementsType */
    1848,  /* OphthalmicAxialLengthMethod */
    1822,  /* OphthalmicAxialLengthQualityMetricSequence */
    1823,  /* OphthalmicAxialLengthQualityMetricTypeCodeSequence */
    1824,  /* OphthalmicAxialLengthQualityMetricTypeDescription */
    1818,  /* OphthalmicAxialLengthSelectionMethodCodeSequence */
    1757,  /* OphthalmicAxialLengthSequence */
    1780,  /* OphthalmicAxialLengthVelocity */
    1755,  /* OphthalmicAxialMeasurementsDeviceType */
    1754,  /* OphthalmicAxialMeasurementsLeftEyeSequence */
    1753,  /* OphthalmicAxialMeasurementsRightEyeSequence */
    1866,  /* OphthalmicEnFaceImageQualityRatingSequence */
    1849,  /* OphthalmicFOV */
    1737,  /* OphthalmicFrameLocationSequence */
    1743,  /* OphthalmicImageOrientation */
    1859,  /* OphthalmicImageTypeCodeSequence */
    1860,  /* OphthalmicImageTypeDescription */
    1828,  /* OphthalmicMappingDeviceType */
    1959,  /* OphthalmicPatientClinicalInformationLeftEyeSequence */
    1960,  /* OphthalmicPatientClinicalInformationRightEyeSequence */
    1844,  /* OphthalmicThicknessMapQualityRatingSequence */
    1837,  /* OphthalmicThicknessMapQualityThresholdSequence */
    1838,  /* OphthalmicThicknessMapThresholdQualityRating */
    1831,  /* OphthalmicThicknessMapTypeCodeSequence */
    1832,  /* OphthalmicThicknessMappingNormalsSequence */
    1769,  /* OphthalmicUltrasoundMethodCodeSequence */
    1863,  /* OphthalmicVolumetricPropertiesFlag */
    707,  /* OpticalMagnificationFactor */
    1816,  /* OpticalOphthalmicAxialLengthMeasurementsSequence */
    2797,  /* OpticalPathDescription */
    2807,  /* OpticalPathIdentificationSequence */
    2796,  /* OpticalPathIdentifier */
    2795,  /* OpticalPathSequence */
    1819,  /* OpticalSelectedOphthalmicAxialLengthSequence */
    2703,  /* OpticalTransmittance */
    2722,  /* Optotype */
    2747,  /* OptotypeDetailedDefinition */
    2723,  /* OptotypePresentation */
    2459,  /* OrderCallbackPhoneNumber */
    2460,  /* OrderCallbackTelecomInformation */
    2457,  /* OrderEnteredBy */
    2458,  /* OrderEntererLocation */
    2349,  /* OrderFillerIdentifierSequence */
    2348,  /* OrderPlacerIdentifierSequence */
    3979,  /* OrganAtRiskFullVolumeDose */
    3980,  /* OrganAtRiskLimitDose */
    3981,  /* OrganAtRiskMaximumDose */
    3982,  /* OrganAtRiskOverdoseVolumeFraction */
    2390,  /* OrganDose */
    2391,  /* OrganExposed */
    2691,  /* OrganizationalRoleCodeSequence */
    3629,  /* OriginalAttributesSequence */
    1638,  /* OriginalImageIdentification */
    1639,  /* OriginalImageIdentificationNomenclature */
    3735,  /* OriginalImageSequence */
    3523,  /* OriginalImplantAssemblyTemplateSequence */
    3047,  /* OriginalImplantTemplateSequence */
    99,  /* OriginalSpecializedSOPClassUID */
    4622,  /* OriginatingSOPInstanceReferenceSequence */
    3715,  /* Originator */
    426,  /* OtherApprovalStatus */
    239,  /* OtherFailuresSequence */
    3665,  /* OtherMagnificationTypesAvailable */
    3652,  /* OtherMediaAvailableSequence */
    335,  /* OtherPatientIDs */
    337,  /* OtherPatientIDsSequence */
    336,  /* OtherPatientNames */
    2713,  /* OtherPupillaryDistance */
    427,  /* OtherSecondaryApprovalStatus */
    3667,  /* OtherSmoothingTypesAvailable */
    1624,  /* OtherStudyNumbers */
    417,  /* OuterDiameter */
    959,  /* OutlineLeftVerticalEdge */
    962,  /* OutlineLowerHorizontalEdge */
    960,  /* OutlineRightVerticalEdge */
    958,  /* OutlineShapeType */
    961,  /* OutlineUpperHorizontalEdge */
    2502,  /* OutputDestinationSequence */
    2492,  /* OutputInformationSequence */
    1001,  /* OutputPower */
    3055,  /* OverallTemplateSpatialTolerance */
    4972,  /* OverlayActivationLayer */
    3703,  /* OverlayBackgroundDensity */
    4965,  /* OverlayBitPosition */
    4964,  /* OverlayBitsAllocated */
    4971,  /* OverlayBitsForCodeWord */
    4963,  /* OverlayBitsGrouped */
    4968,  /* OverlayCodeLabel */
    4970,  /* OverlayCodeTableLocation */
    4948,  /* OverlayColumns */
    4986,  /* OverlayComments */
    4957,  /* OverlayCompressionCode */
    4960,  /* OverlayCompressionDescription */
    4959,  /* OverlayCompressionLabel */
    4958,  /* OverlayCompressionOriginator */
    4961,  /* OverlayCompressionStepPointers */
    4985,  /* OverlayData */
    104,  /* OverlayDate */
    4951,  /* OverlayDescription */
    4976,  /* OverlayDescriptorBlue */
    4973,  /* OverlayDescriptorGray */
    4975,  /* OverlayDescriptorGreen */
    4974,  /* OverlayDescriptorRed */
    3702,  /* OverlayForegroundDensity */
    4966,  /* OverlayFormat */
    4984,  /* OverlayLabel */
    4967,  /* OverlayLocation */
    3698,  /* OverlayMagnificationType */
    3704,  /* OverlayMode */
    1595,  /* OverlayNumber */
    4969,  /* OverlayNumberOfTables */
    3700,  /* OverlayOrImageMagnification */
    4954,  /* OverlayOrigin */
    3697,  /* OverlayPixelDataSequence */
    4956,  /* OverlayPlaneOrigin */
    4949,  /* OverlayPlanes */
    4962,  /* OverlayRepeatInterval */
    4947,  /* OverlayRows */
    3699,  /* OverlaySmoothingType */
    4953,  /* OverlaySubtype */
    111,  /* OverlayTime */
    4952,  /* OverlayType */
    45,  /* Overlays */
    4980,  /* OverlaysBlue */
    4977,  /* OverlaysGray */
    4979,  /* OverlaysGreen */
    4978,  /* OverlaysRed */
    3477,  /* OverriddenAttributesSequence */
    4527,  /* OverrideDateTime */
    3891,  /* OverrideParameterPointer */
    3895,  /* OverrideReason */
    3889,  /* OverrideSequence */
    1136,  /* OversamplingPhase */
    3717,  /* OwnerID */
    1479,  /* PETDetectorMotionDetailsSequence */
    1478,  /* PETFrameAcquisitionSequence */
    1482,  /* PETFrameCorrectionFactorsSequence */
    1488,  /* PETFrameTypeSequence */
    1481,  /* PETPositionSequence */
    1487,  /* PETReconstructionSequence */
    1480,  /* PETTableDynamicsSequence */
    4878,  /* PRCSToRCSOrientation */
    4872,  /* PTOLocationDescription */
    4875,  /* PTORegionSequence */
    4834,  /* PTORepresentationSequence */
    825,  /* PVCRejection */
    878,  /* PaddleDescription */
    979,  /* PageNumberVector */
    36,  /* PagePositionID */
    2803,  /* PaletteColorLookupTableSequence */
    2076,  /* PaletteColorLookupTableUID */
    1174,  /* ParallelAcquisition */
    1175,  /* ParallelAcquisitionTechnique */
    4428,  /* ParallelRTBeamDelimiterBoundaries */
    4423,  /* ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence */
    4426,  /* ParallelRTBeamDelimiterDeviceSequence */
    4434,  /* ParallelRTBeamDelimiterLeafMountingSide */
    4433,  /* ParallelRTBeamDelimiterOpeningMode */
    4429,  /* ParallelRTBeamDelimiterPositions */
    1168,  /* ParallelReductionFactorInPlane */
    1191,  /* ParallelReductionFactorInPlaneRetired */
    1212,  /* ParallelReductionFactorOutOfPlane */
    1215,  /* ParallelReductionFactorSecondInPlane */
    3892,  /* ParameterItemIndex */
    3894,  /* ParameterPointer */
    3890,  /* ParameterSequencePointer */
    3896,  /* ParameterValueNumber */
    1539,  /* ParametersSpecificationSequence */
    2509,  /* ParametricMapFrameTypeSequence */
    3394,  /* PartialDataDisplayHandling */
    1178,  /* PartialFourier */
    1142,  /* PartialFourierDirection */
    2094,  /* PartialView */
    2096,  /* PartialViewCodeSequence */
    2095,  /* PartialViewDescription */
    2550,  /* ParticipantSequence */
    2553,  /* ParticipationDateTime */
    2552,  /* ParticipationType */
    4147,  /* PatientAdditionalPosition */
    346,  /* PatientAddress */
    339,  /* PatientAge */
    316,  /* PatientAlternativeCalendar */
    312,  /* PatientBirthDate */
    314,  /* PatientBirthDateInAlternativeCalendar */
    338,  /* PatientBirthName */
    313,  /* PatientBirthTime */
    342,  /* PatientBodyMassIndex */
    371,  /* PatientBreedCodeSequence */
    370,  /* PatientBreedDescription */
    2286,  /* PatientClinicalTrialParticipationSequence */
    378,  /* PatientComments */
    315,  /* PatientDeathDateInAlternativeCalendar */
    4663,  /* PatientEquipmentRelationshipCodeSequence */
    1708,  /* PatientEyeMovementCommandCodeSequence */
    1707,  /* PatientEyeMovementCommanded */
    1689,  /* PatientFrameOfReferenceSource */
    2907,  /* PatientGantryRelationshipCodeSequence */
    305,  /* PatientID */
    392,  /* PatientIdentityRemoved */
    2284,  /* PatientInstitutionResidence */
    318,  /* PatientInsurancePlanCodeSequence */
    3855,  /* PatientLocationCoordinatesCodeSequence */
    3854,  /* PatientLocationCoordinatesSequence */
    348,  /* PatientMotherBirthName */
    1496,  /* PatientMotionCorrected */
    304,  /* PatientName */
    1891,  /* PatientNotProperlyFixatedQuantity */
    1594,  /* PatientOrientation */
    2905,  /* PatientOrientationCodeSequence */
    1698,  /* PatientOrientationInFrameSequence */
    2906,  /* PatientOrientationModifierCodeSequence */
    1505,  /* PatientPhysiologicalStateCodeSequence */
    1504,  /* PatientPhysiologicalStateSequence */
    1016,  /* PatientPosition */
    1547,  /* PatientPositioningInstructionSequence */
    319,  /* PatientPrimaryLanguageCodeSequence */
    320,  /* PatientPrimaryLanguageModifierCodeSequence */
    1920,  /* PatientReliabilityIndicator */
    365,  /* PatientReligiousPreference */
    4146,  /* PatientSetupLabel */
    4145,  /* PatientSetupNumber */
    4552,  /* PatientSetupPhotoDescription */
    4144,  /* PatientSetupSequence */
    4435,  /* PatientSetupUID */
    317,  /* PatientSex */
    368,  /* PatientSexNeutered */
    340,  /* PatientSize */
    341,  /* PatientSizeCodeSequence */
    367,  /* PatientSpeciesCodeSequence */
    366,  /* PatientSpeciesDescription */
    1537,  /* PatientSpecificationSequence */
    2285,  /* PatientState */
    4283,  /* PatientSupportAccessoryCode */
    3462,  /* PatientSupportAdjustedAngle */
    4115,  /* PatientSupportAngle */
    3991,  /* PatientSupportAngleTolerance */
    4489,  /* PatientSupportDevicesSequence */
    4560,  /* PatientSupportDisplacementSequence */
    4282,  /* PatientSupportID */
    4448,  /* PatientSupportPositionDeviceParameterSequence */
    4451,  /* PatientSupportPositionDeviceToleranceSequence */
    4450,  /* PatientSupportPositionParameterOrderIndex */
    4446,  /* PatientSupportPositionParameterSequence */
    3856,  /* PatientSupportPositionSequence */
    4447,  /* PatientSupportPositionSpecificationMethod */
    4452,  /* PatientSupportPositionToleranceOrderIndex */
    4401,  /* PatientSupportPositionToleranceSequence */
    4116,  /* PatientSupportRotationDirection */
    4281,  /* PatientSupportType */
    358,  /* PatientTelecomInformation */
    357,  /* PatientTelephoneNumbers */
    2436,  /* PatientTransportArrangements */
    4665,  /* PatientTreatmentOrientationSequence */
    4547,  /* PatientTreatmentPreparationDeviceSequence */
    4545,  /* PatientTreatmentPreparationMethodCodeSequence */
    4550,  /* PatientTreatmentPreparationMethodDescription */
    4549,  /* PatientTreatmentPreparationProcedureCodeSequence */
    4553,  /* PatientTreatmentPreparationProcedureIndex */
    4546,  /* PatientTreatmentPreparationProcedureParameterDescription */
    4551,  /* PatientTreatmentPreparationProcedureParameterSequence */
    4548,  /* PatientTreatmentPreparationProcedureSequence */
    345,  /* PatientWeight */
    3198,  /* PatternOffColorCIELabValue */
    3213,  /* PatternOffOpacity */
    3197,  /* PatternOnColorCIELabValue */
    3212,  /* PatternOnOpacity */
    2874,  /* PauseBetweenFrames */
    4881,  /* PerFrameFunctionalGroupsSequence */
    1432,  /* PerProjectionAcquisitionSequence */
    759,  /* PercentPhaseFieldOfView */
    758,  /* PercentSampling */
    2361,  /* PerformedLocation */
    2608,  /* PerformedProcedureCodeSequence */
    2368,  /* PerformedProcedureStepDescription */
    2375,  /* PerformedProcedureStepDiscontinuationReasonCodeSequence */
    2364,  /* PerformedProcedureStepEndDate */
    2500,  /* PerformedProcedureStepEndDateTime */
    2365,  /* PerformedProcedureStepEndTime */
    2367,  /* PerformedProcedureStepID */
    2362,  /* PerformedProcedureStepStartDate */
    2499,  /* PerformedProcedureStepStartDateTime */
    2363,  /* PerformedProcedureStepStartTime */
    2366,  /* PerformedProcedureStepStatus */
    2369,  /* PerformedProcedureTypeDescription */
    2471,  /* PerformedProcessingApplicationsCodeSequence */
    3489,  /* PerformedProcessingParametersSequence */
    2370,  /* PerformedProtocolCodeSequence */
    2371,  /* PerformedProtocolType */
    2396,  /* PerformedSeriesSequence */
    2359,  /* PerformedStationAETitle */
    2488,  /* PerformedStationClassCodeSequence */
    2489,  /* PerformedStationGeographicLocationCodeSequence */
    2360,  /* PerformedStationName */
    2487,  /* PerformedStationNameCodeSequence */
    2479,  /* PerformedWorkitemCodeSequence */
    202,  /* PerformingPhysicianIdentificationSequence */
    201,  /* PerformingPhysicianName */
    2007,  /* PerimeterTable */
    2008,  /* PerimeterValue */
    2448,  /* PersonAddress */
    2447,  /* PersonIdentificationCodeSequence */
    2565,  /* PersonName */
    2450,  /* PersonTelecomInformation */
    2449,  /* PersonTelephoneNumbers */
    2280,  /* PertinentDocumentsSequence */
    2611,  /* PertinentOtherEvidenceSequence */
    2281,  /* PertinentResourcesSequence */
    4698,  /* PertinentSOPClassesInSeries */
    4697,  /* PertinentSOPClassesInStudy */
    4843,  /* PhantomType */
    1122,  /* PhaseContrast */
    2873,  /* PhaseDelay */
    2875,  /* PhaseDescription */
    2871,  /* PhaseInformationSequence */
    1589,  /* PhaseNumber */
    2869,  /* PhaseVector */
    910,  /* PhosphorType */
    649,  /* PhotographicExposureIndex */
    621,  /* PhotographicSensitivity */
    1980,  /* PhotometricInterpretation */
    1356,  /* PhotonEnergy */
    1111,  /* PhototimerSetting */
    1036,  /* PhysicalDeltaX */
    1037,  /* PhysicalDeltaY */
    1375,  /* PhysicalDetectorSize */
    1032,  /* PhysicalUnitsXDirection */
    1033,  /* PhysicalUnitsYDirection */
    4781,  /* PhysicianApprovingInterpretation */
    199,  /* PhysiciansOfRecord */
    200,  /* PhysiciansOfRecordIdentificationSequence */
    204,  /* PhysiciansReadingStudyIdentificationSequence */
    1994,  /* PixelAspectRatio */
    760,  /* PixelBandwidth */
    1060,  /* PixelComponentDataType */
    1056,  /* PixelComponentMask */
    1055,  /* PixelComponentOrganization */
    1059,  /* PixelComponentPhysicalUnits */
    1057,  /* PixelComponentRangeStart */
    1058,  /* PixelComponentRangeStop */
    2594,  /* PixelCoordinatesSetTrial */
    4895,  /* PixelData */
    1094,  /* PixelDataAreaOriginRelativeToFOV */
    1095,  /* PixelDataAreaRotationAngleRelativeToFOV */
    2187,  /* PixelDataProviderURL */
    2057,  /* PixelIntensityRelationship */
    2200,  /* PixelIntensityRelationshipLUTSequence */
    2058,  /* PixelIntensityRelationshipSign */
    2193,  /* PixelMeasuresSequence */
    2811,  /* PixelOriginInterpretation */
    2030,  /* PixelPaddingRangeLimit */
    2029,  /* PixelPaddingValue */
    293,  /* PixelPresentation */
    2020,  /* PixelRepresentation */
    2212,  /* PixelShiftFrameRange */
    2208,  /* PixelShiftSequence */
    1991,  /* PixelSpacing */
    2056,  /* PixelSpacingCalibrationDescription */
    2055,  /* PixelSpacingCalibrationType */
    2429,  /* PixelSpacingSequence */
    2512,  /* PixelValueMappingCodeSequence */
    1836,  /* PixelValueMappingExplanation */
    1834,  /* PixelValueMappingToCodedConceptSequence */
    2195,  /* PixelValueTransformationSequence */
    2461,  /* PlacerOrderNumberImagingServiceRequest */
    2455,  /* PlacerOrderNumberImagingServiceRequestRetired */
    2438,  /* PlacerOrderNumberProcedure */
    3959,  /* PlanIntent */
    4600,  /* PlanOverviewIndex */
    4599,  /* PlanOverviewSequence */
    1982,  /* PlanarConfiguration */
    3263,  /* Plane */
    1395,  /* PlaneIdentification */
    3264,  /* PlaneNormal */
    1646,  /* PlaneOrientationSequence */
    1692,  /* PlaneOrientationVolumeSequence */
    1645,  /* PlanePositionSequence */
    2808,  /* PlanePositionSlideSequence */
    1691,  /* PlanePositionVolumeSequence */
    1988,  /* Planes */
    1365,  /* PlanesInAcquisition */
    4045,  /* PlannedVerificationImageSequence */
    4732,  /* PlanningInputInformationSequence */
    3100,  /* PlanningLandmarkDescription */
    3099,  /* PlanningLandmarkID */
    3101,  /* PlanningLandmarkIdentificationCodeSequence */
    3097,  /* PlanningLandmarkLineSequence */
    3098,  /* PlanningLandmarkPlaneSequence */
    3096,  /* PlanningLandmarkPointSequence */
    764,  /* PlateID */
    909,  /* PlateType */
    2989,  /* PointCoordinatesData */
    2990,  /* PointPositionAccuracy */
    2993,  /* PointsBoundingBoxCoordinates */
    3683,  /* Polarity */
    1515,  /* PositionMeasuringDeviceUsed */
    1376,  /* PositionOfIsocenterProjection */
    1622,  /* PositionReferenceIndicator */
    1400,  /* PositionerIsocenterDetectorRotationAngle */
    1398,  /* PositionerIsocenterPrimaryAngle */
    1399,  /* PositionerIsocenterSecondaryAngle */
    939,  /* PositionerMotion */
    1362,  /* PositionerPositionSequence */
    941,  /* PositionerPrimaryAngle */
    1451,  /* PositionerPrimaryAngleDirection */
    943,  /* PositionerPrimaryAngleIncrement */
    942,  /* PositionerSecondaryAngle */
    944,  /* PositionerSecondaryAngleIncrement */
    940,  /* PositionerType */
    1549,  /* PositioningLandmarkSequence */
    1548,  /* PositioningMethodCodeSequence */
    1907,  /* PositiveCatchTrialsQuantity */
    2973,  /* PostDeformationMatrixRegistrationSequence */
    1006,  /* PostprocessingFunction */
    1530,  /* PotentialDiagnosticTasks */
    1528,  /* PotentialReasonsForProcedure */
    1529,  /* PotentialReasonsForProcedureCodeSequence */
    1527,  /* PotentialRequestedProcedureCodeSequence */
    1526,  /* PotentialScheduledProtocolCodeSequence */
    4804,  /* PotentialThreatObjectID */
    2327,  /* PowerlineFrequency */
    487,  /* PreAmplifierEquipmentSequence */
    488,  /* PreAmplifierNotes */
    518,  /* PreAmplifierSettingsSequence */
    2972,  /* PreDeformationMatrixRegistrationSequence */
    2346,  /* PreMedication */
    1774,  /* PreSelectedForImplantation */
    2606,  /* PredecessorDocumentsSequence */
    1534,  /* PredecessorProtocolSequence */
    3810,  /* PredecessorStructureSetSequence */
    1779,  /* PredictedRefractiveError */
    1773,  /* PredictedToricErrorSequence */
    2010,  /* PredictorColumns */
    2011,  /* PredictorConstants */
    2009,  /* PredictorRows */
    906,  /* PreferredPlaybackSequencing */
    363,  /* PregnancyStatus */
    2620,  /* PreliminaryFlag */
    3962,  /* PrescriptionDescription */
    4737,  /* PrescriptionNotes */
    4743,  /* PrescriptionNotesSequence */
    4597,  /* PrescriptionOverviewSequence */
    3301,  /* PresentationAnimationStyle */
    3166,  /* PresentationCreationDate */
    3167,  /* PresentationCreationTime */
    3242,  /* PresentationDisplayCollectionUID */
    2316,  /* PresentationGroupNumber */
    3247,  /* PresentationInputType */
    129,  /* PresentationIntentType */
    3733,  /* PresentationLUTContentSequence */
    3647,  /* PresentationLUTFlag */
    3707,  /* PresentationLUTSequence */
    3708,  /* PresentationLUTShape */
    3173,  /* PresentationPixelAspectRatio */
    3174,  /* PresentationPixelMagnificationRatio */
    3172,  /* PresentationPixelSpacing */
    3243,  /* PresentationSequenceCollectionUID */
    3244,  /* PresentationSequencePositionIndex */
    3171,  /* PresentationSizeMode */
    3288,  /* PresentationStateClassificationComponentSequence */
    3292,  /* PresentationStateCompositorComponentSequence */
    1892,  /* PresentedVisualStimuliDataFlag */
    3745,  /* PreserveCompositeInstancesAfterMediaCreation */
    643,  /* Pressure */
    267,  /* PrimaryAnatomicStructureModifierSequence */
    265,  /* PrimaryAnatomicStructureSequence */
    599,  /* PrimaryChromaticities */
    4383,  /* PrimaryDoseValueIndicator */
    4029,  /* PrimaryDosimeterUnit */
    3774,  /* PrimaryFluenceModeSequence */
    1419,  /* PrimaryPositionerIncrement */
    1423,  /* PrimaryPositionerIncrementSign */
    1415,  /* PrimaryPositionerScanArc */
    1417,  /* PrimaryPositionerScanStartAngle */
    2928,  /* PrimaryPromptsCountsAccumulated */
    3007,  /* PrimitivePointIndexList */
    44,  /* Print */
    3725,  /* PrintJobDescriptionSequence */
    3710,  /* PrintJobID */
    3727,  /* PrintManagementCapabilitiesSequence */
    3637,  /* PrintPriority */
    3723,  /* PrintQueueID */
    3728,  /* PrinterCharacteristicsSequence */
    3636,  /* PrinterConfigurationSequence */
    3722,  /* PrinterName */
    3678,  /* PrinterPixelSpacing */
    3660,  /* PrinterResolutionID */
    3720,  /* PrinterStatus */
    3721,  /* PrinterStatusInfo */
    3650,  /* PrintingBitDepth */
    4712,  /* PriorTreatmentDoseDescription */
    4713,  /* PriorTreatmentReferenceSequence */
    12,  /* Priority */
    2697,  /* PrismSequence */
    176,  /* PrivateCreatorReference */
    182,  /* PrivateDataElement */
    174,  /* PrivateDataElementCharacteristicsSequence */
    190,  /* PrivateDataElementDefinitionSequence */
    188,  /* PrivateDataElementDescription */
    189,  /* PrivateDataElementEncoding */
    187,  /* PrivateDataElementKeyword */
    186,  /* PrivateDataElementName */
    185,  /* PrivateDataElementNumberOfItems */
    183,  /* PrivateDataElementValueMultiplicity */
    184,  /* PrivateDataElementValueRepresentation */
    175,  /* PrivateGroupReference */
    67,  /* PrivateInformation */
    66,  /* PrivateInformationCreatorUID */
    79,  /* PrivateRecordUID */
    525,  /* ProbeCenterLocationX */
    526,  /* ProbeCenterLocationZ */
    540,  /* ProbeDriveEquipmentSequence */
    542,  /* ProbeDriveNotes */
    547,  /* ProbeDriveSettingsSequence */
    544,  /* ProbeInductance */
    549,  /* ProbeOrientationAngle */
    545,  /* ProbeResistance */
    194,  /* ProcedureCodeSequence */
    2625,  /* ProcedureContextFlagTrial */
    2601,  /* ProcedureContextSequenceTrial */
    535,  /* ProcedureCreationDate */
    536,  /* ProcedureExpirationDate */
    2555,  /* ProcedureIdentifierCodeSequenceTrial */
    537,  /* ProcedureLastModifiedDate */
    2501,  /* ProcedureStepCancellationDateTime */
    3451,  /* ProcedureStepCommunicationsURISequence */
    3454,  /* ProcedureStepDiscontinuationReasonCodeSequence */
    3487,  /* ProcedureStepLabel */
    3448,  /* ProcedureStepProgress */
    3449,  /* ProcedureStepProgressDescription */
    3447,  /* ProcedureStepProgressInformationSequence */
    3450,  /* ProcedureStepProgressParametersSequence */
    3492,  /* ProcedureStepRelationshipType */
    3446,  /* ProcedureStepState */
    3526,  /* ProcedureTypeCodeSequence */
    534,  /* ProcedureVersion */
    1005,  /* ProcessingFunction */
    2673,  /* ProductDescription */
    2675,  /* ProductExpirationDateTime */
    2674,  /* ProductLotIdentifier */
    2672,  /* ProductName */
    2667,  /* ProductPackageIdentifier */
    2679,  /* ProductParameterSequence */
    2671,  /* ProductTypeCodeSequence */
    1018,  /* ProjectionEponymousNameCodeSequence */
    1358,  /* ProjectionPixelCalibrationSequence */
    443,  /* PropertyLabel */
    3734,  /* ProposedStudySequence */
    2398,  /* ProtocolContextSequence */
    1578,  /* ProtocolDefinedPatientPosition */
    1536,  /* ProtocolDesignRationale */
    1555,  /* ProtocolElementCharacteristicsSummary */
    1554,  /* ProtocolElementName */
    1553,  /* ProtocolElementNumber */
    1556,  /* ProtocolElementPurpose */
    785,  /* ProtocolName */
    1535,  /* ProtocolPlanningInformation */
    3436,  /* PseudoColorPaletteInstanceReferenceSequence */
    3435,  /* PseudoColorType */
    3942,  /* PulseNumber */
    1040,  /* PulseRepetitionFrequency */
    4217,  /* PulseRepetitionInterval */
    1115,  /* PulseSequenceName */
    3941,  /* PulseSpecificBrachyControlPointDeliveredSequence */
    504,  /* PulseWidth */
    481,  /* PulserEquipmentSequence */
    483,  /* PulserNotes */
    503,  /* PulserSettingsSequence */
    482,  /* PulserType */
    2753,  /* PupilCentroidXCoordinate */
    2754,  /* PupilCentroidYCoordinate */
    1715,  /* PupilDilated */
    2705,  /* PupilSize */
    2580,  /* PurposeOfReferenceCodeSequence */
    2155,  /* QAResultsSequence */
    4866,  /* QRMeasurementsSequence */
    1147,  /* QuadratureReceiveCoil */
    2036,  /* QualityControlImage */
    321,  /* QualityControlSubject */
    322,  /* QualityControlSubjectTypeCodeSequence */
    1867,  /* QualityThreshold */
    1947,  /* QuantifiedDefect */
    2377,  /* Quantity */
    2519,  /* QuantityDefinitionSequence */
    2376,  /* QuantitySequence */
    118,  /* QueryRetrieveLevel */
    119,  /* QueryRetrieveView */
    3724,  /* QueueStatus */
    1252,  /* RFEchoTrainLength */
    3308,  /* RGBATransferFunctionDescription */
    2110,  /* RGBLUTTransferFunction */
    4981,  /* ROIArea */
    3823,  /* ROIContourSequence */
    3821,  /* ROIDerivationAlgorithmIdentificationSequence */
    3815,  /* ROIDescription */
    3816,  /* ROIDisplayColor */
    3847,  /* ROIElementalCompositionAtomicMassFraction */
    3846,  /* ROIElementalCompositionAtomicNumber */
    3845,  /* ROIElementalCompositionSequence */
    3820,  /* ROIGenerationAlgorithm */
    3822,  /* ROIGenerationDescription */
    3841,  /* ROIInterpreter */
    4982,  /* ROIMean */
    3814,  /* ROIName */
    3812,  /* ROINumber */
    3838,  /* ROIObservationDescription */
    3836,  /* ROIObservationLabel */
    3842,  /* ROIPhysicalPropertiesSequence */
    3843,  /* ROIPhysicalProperty */
    3844,  /* ROIPhysicalPropertyValue */
    4983,  /* ROIStandardDeviation */
    3817,  /* ROIVolume */
    1675,  /* RRIntervalTimeNominal */
    2880,  /* RRIntervalVector */
    4377,  /* RTAccessoryDeviceSlotID */
    4376,  /* RTAccessoryHolderDefinitionSequence */
    4374,  /* RTAccessoryHolderSlotDistance */
    4371,  /* RTAccessoryHolderSlotExistenceFlag */
    4373,  /* RTAccessoryHolderSlotID */
    4372,  /* RTAccessoryHolderSlotSequence */
    4369,  /* RTAccessoryHolderWaterEquivalentThickness */
    4375,  /* RTAccessorySlotDistance */
    4711,  /* RTAnatomicPrescriptionSequence */
    4431,  /* RTBeamDelimiterGeometrySequence */
    4476,  /* RTBeamLimitingDeviceAngle */
    4432,  /* RTBeamLimitingDeviceDefinitionSequence */
    4422,  /* RTBeamLimitingDeviceDistalDistance */
    4430,  /* RTBeamLimitingDeviceOffset */
    4441,  /* RTBeamLimitingDeviceOpeningSequence */
    4421,  /* RTBeamLimitingDeviceProximalDistance */
    4032,  /* RTBeamLimitingDeviceType */
    4491,  /* RTBeamModifierDefinitionDistance */
    4356,  /* RTControlPointIndex */
    4541,  /* RTDeliveryStartPatientPositionSequence */
    4444,  /* RTDeviceDistanceReferenceLocationCodeSequence */
    4708,  /* RTDiagnosisCodeSequence */
    3786,  /* RTDoseROISequence */
    3754,  /* RTImageDescription */
    3752,  /* RTImageLabel */
    3753,  /* RTImageName */
    3759,  /* RTImageOrientation */
    3756,  /* RTImagePlane */
    3761,  /* RTImagePosition */
    3765,  /* RTImageSID */
    4556,  /* RTPatientPositionDisplacementSequence */
    4536,  /* RTPatientPositionScopeSequence */
    4557,  /* RTPatientPositionSequence */
    4703,  /* RTPhysicianIntentIndex */
    4710,  /* RTPhysicianIntentInputInstanceSequence */
    4705,  /* RTPhysicianIntentNarrative */
    4700,  /* RTPhysicianIntentPredecessorSequence */
    4702,  /* RTPhysicianIntentSequence */
    3956,  /* RTPlanDate */
    3955,  /* RTPlanDescription */
    3961,  /* RTPlanGeometry */
    3953,  /* RTPlanLabel */
    3954,  /* RTPlanName */
    3998,  /* RTPlanRelationship */
    3957,  /* RTPlanTime */
    4675,  /* RTPrescriptionIndex */
    4699,  /* RTPrescriptionLabel */
    4722,  /* RTPrescriptionSequence */
    4706,  /* RTProtocolCodeSequence */
    3837,  /* RTROIIdentificationCodeSequence */
    3840,  /* RTROIInterpretedType */
    3833,  /* RTROIObservationsSequence */
    3819,  /* RTROIRelationship */
    4411,  /* RTRadiationPhysicalAndGeometricContentDetailFlag */
    4507,  /* RTRadiationSalvageRecordControlPointSequence */
    4378,  /* RTRadiationSequence */
    4498,  /* RTRadiationSetDeliveryNumber */
    4562,  /* RTRadiationSetDeliveryUsage */
    4410,  /* RTRadiationSetIntent */
    4501,  /* RTRadiationSetUsage */
    4555,  /* RTRadiationTaskSequence */
    4495,  /* RTRadiationUsage */
    4412,  /* RTRecordFlag */
    3808,  /* RTReferencedSeriesSequence */
    3807,  /* RTReferencedStudySequence */
    3818,  /* RTRelatedROISequence */
    4676,  /* RTSegmentAnnotationIndex */
    4657,  /* RTSegmentAnnotationSequence */
    4398,  /* RTToleranceSetLabel */
    4397,  /* RTToleranceSetSequence */
    4701,  /* RTTreatmentApproachLabel */
    4500,  /* RTTreatmentFractionCompletionStatus */
    4704,  /* RTTreatmentIntentType */
    4673,  /* RTTreatmentPhaseIndex */
    4684,  /* RTTreatmentPhaseIntentPresenceFlag */
    4693,  /* RTTreatmentPhaseIntervalSequence */
    4674,  /* RTTreatmentPhaseUID */
    4542,  /* RTTreatmentPreparationPatientPositionSequence */
    4755,  /* RTTreatmentSourceCoordinates */
    4742,  /* RTTreatmentTechniqueCodeSequence */
    4505,  /* RTTreatmentTerminationReasonCodeSequence */
    4504,  /* RTTreatmentTerminationStatus */
    60,  /* RTVCommunicationSOPClassUID */
    61,  /* RTVCommunicationSOPInstanceUID */
    65,  /* RTVFlowActualFrameDuration */
    63,  /* RTVFlowIdentifier */
    64,  /* RTVFlowRTPSamplingRate */
    59,  /* RTVMetaInformationVersion */
    62,  /* RTVSourceIdentifier */
    2131,  /* RWavePointer */
    1067,  /* RWaveTimeVector */
    846,  /* RadialPosition */
    4253,  /* RadiationAtomicNumber */
    4465,  /* RadiationBeamBlockSlabThickness */
    4464,  /* RadiationBeamBlockThickness */
    4460,  /* RadiationBeamCompensatorMillingToolDiameter */
    4439,  /* RadiationBeamEffectiveWedgeAngle */
    4437,  /* RadiationBeamWedgeAngle */
    4438,  /* RadiationBeamWedgeThinEdgeDistance */
    4254,  /* RadiationChargeState */
    4445,  /* RadiationDeviceConfigurationAndCommissioningKeySequence */
    4392,  /* RadiationDoseCentralAxisDisplacement */
    4359,  /* RadiationDoseIdentificationIndex */
    4381,  /* RadiationDoseIdentificationLabel */
    4380,  /* RadiationDoseIdentificationSequence */
    4391,  /* RadiationDoseInVivoMeasurementLabel */
    4395,  /* RadiationDoseMeasurementPointCoordinates */
    4379,  /* RadiationDoseSequence */
    4396,  /* RadiationDoseSourceToExternalContourDistance */
    4394,  /* RadiationDoseSourceToSkinDistance */
    4393,  /* RadiationDoseValue */
    4387,  /* RadiationDoseValuesParametersSequence */
    4443,  /* RadiationDosimeterUnitSequence */
    4486,  /* RadiationFluenceModifierCodeSequence */
    4480,  /* RadiationGenerationModeDescription */
    4357,  /* RadiationGenerationModeIndex */
    4479,  /* RadiationGenerationModeLabel */
    4481,  /* RadiationGenerationModeMachineCodeSequence */
    4478,  /* RadiationGenerationModeSequence */
    3762,  /* RadiationMachineName */
    3763,  /* RadiationMachineSAD */
    3764,  /* RadiationMachineSSD */
    4252,  /* RadiationMassNumber */
    860,  /* RadiationMode */
    4538,  /* RadiationOrderIndex */
    858,  /* RadiationSetting */
    4419,  /* RadiationSourceAxisDistance */
    4758,  /* RadiationSourceCoordinateSystemPitchAngle */
    4757,  /* RadiationSourceCoordinateSystemRollAngle */
    4756,  /* RadiationSourceCoordinateSystemYawAngle */
    4042,  /* RadiationType */
    4482,  /* RadiationTypeCodeSequence */
    4617,  /* RadiobiologicalDoseEffectFlag */
    4616,  /* RadiobiologicalDoseEffectSequence */
    724,  /* Radionuclide */
    2899,  /* RadionuclideCodeSequence */
    815,  /* RadionuclideHalfLife */
    816,  /* RadionuclidePositronFraction */
    814,  /* RadionuclideTotalDose */
    725,  /* Radiopharmaceutical */
    285,  /* RadiopharmaceuticalAdministrationEventUID */
    1477,  /* RadiopharmaceuticalAgentNumber */
    2901,  /* RadiopharmaceuticalCodeSequence */
    2863,  /* RadiopharmaceuticalInformationSequence */
    810,  /* RadiopharmaceuticalRoute */
    817,  /* RadiopharmaceuticalSpecificActivity */
    818,  /* RadiopharmaceuticalStartDateTime */
    812,  /* RadiopharmaceuticalStartTime */
    819,  /* RadiopharmaceuticalStopDateTime */
    813,  /* RadiopharmaceuticalStopTime */
    1483,  /* RadiopharmaceuticalUsageSequence */
    811,  /* RadiopharmaceuticalVolume */
    4685,  /* RadiotherapyTreatmentType */
    597,  /* RadiusAlongWedge */
    973,  /* RadiusOfCircularCollimator */
    1386,  /* RadiusOfCircularExposureControlSensingRegion */
    953,  /* RadiusOfCircularShutter */
    2717,  /* RadiusOfCurvature */
    1498,  /* RandomsCorrected */
    2915,  /* RandomsCorrectionMethod */
    4279,  /* RangeModulatorDescription */
    4296,  /* RangeModulatorGatingStartValue */
    4298,  /* RangeModulatorGatingStartWaterEquivalentThickness */
    4297,  /* RangeModulatorGatingStopValue */
    4299,  /* RangeModulatorGatingStopWaterEquivalentThickness */
    4277,  /* RangeModulatorID */
    4276,  /* RangeModulatorNumber */
    4275,  /* RangeModulatorSequence */
    4295,  /* RangeModulatorSettingsSequence */
    4278,  /* RangeModulatorType */
    3092,  /* RangeOfFreedom */
    4266,  /* RangeShifterDescription */
    4264,  /* RangeShifterID */
    4263,  /* RangeShifterNumber */
    4262,  /* RangeShifterSequence */
    4289,  /* RangeShifterSetting */
    4288,  /* RangeShifterSettingsSequence */
    4265,  /* RangeShifterType */
    4291,  /* RangeShifterWaterEquivalentThickness */
    2838,  /* RangingDepth */
    2576,  /* RationalDenominatorValue */
    2575,  /* RationalNumeratorValue */
    2497,  /* RawDataHandling */
    2254,  /* RealTimeBulkDataFlowSequence */
    2518,  /* RealWorldValueFirstValueMapped */
    2520,  /* RealWorldValueIntercept */
    2515,  /* RealWorldValueLUTData */
    2514,  /* RealWorldValueLastValueMapped */
    2511,  /* RealWorldValueMappingSequence */
    2521,  /* RealWorldValueSlope */
    3497,  /* ReasonForCancellation */
    3513,  /* ReasonForChannelOmission */
    3514,  /* ReasonForChannelOmissionDescription */
    4595,  /* ReasonForOmission */
    4540,  /* ReasonForOmissionCodeSequence */
    4596,  /* ReasonForOmissionDescription */
    2445,  /* ReasonForPerformedProcedureCodeSequence */
    2442,  /* ReasonForRequestedProcedureCodeSequence */
    2229,  /* ReasonForStudy */
    4707,  /* ReasonForSuperseding */
    3633,  /* ReasonForTheAttributeModification */
    2452,  /* ReasonForTheImagingServiceRequest */
    2434,  /* ReasonForTheRequestedProcedure */
    2242,  /* ReasonForVisit */
    2243,  /* ReasonForVisitCodeSequence */
    1144,  /* ReceiveCoilManufacturerName */
    907,  /* ReceiveCoilName */
    1146,  /* ReceiveCoilType */
    546,  /* ReceiveProbeSequence */
    490,  /* ReceiveTransducerSequence */
    520,  /* ReceiveTransducerSettingsSequence */
    9,  /* Receiver */
    484,  /* ReceiverEquipmentSequence */
    486,  /* ReceiverNotes */
    508,  /* ReceiverSettingsSequence */
    3495,  /* ReceivingAE */
    55,  /* ReceivingApplicationEntityTitle */
    58,  /* ReceivingPresentationAddress */
    91,  /* RecognitionCode */
    2038,  /* RecognizableVisualFeatures */
    2792,  /* RecommendedAbsentPixelCIELabValue */
    3302,  /* RecommendedAnimationRate */
    3592,  /* RecommendedDefaultValueSequence */
    2957,  /* RecommendedDisplayCIELabValue */
    3028,  /* RecommendedDisplayCIELabValueList */
    259,  /* RecommendedDisplayFrameRate */
    302,  /* RecommendedDisplayFrameRateInFloat */
    2956,  /* RecommendedDisplayGrayscaleValue */
    625,  /* RecommendedExposureIndex */
    3021,  /* RecommendedLineThickness */
    3020,  /* RecommendedPointRadius */
    2981,  /* RecommendedPresentationOpacity */
    2982,  /* RecommendedPresentationType */
    3068,  /* RecommendedRotationPoint */
    2067,  /* RecommendedViewingMode */
    1289,  /* ReconstructionAlgorithm */
    1570,  /* ReconstructionAlgorithmSequence */
    1293,  /* ReconstructionAngle */
    1431,  /* ReconstructionDescription */
    830,  /* ReconstructionDiameter */
    1569,  /* ReconstructionEndLocationSequence */
    1291,  /* ReconstructionFieldOfView */
    1702,  /* ReconstructionIndex */
    2918,  /* ReconstructionMethod */
    894,  /* ReconstructionPipelineType */
    1296,  /* ReconstructionPixelSpacing */
    1561,  /* ReconstructionProtocolElementSequence */
    1560,  /* ReconstructionProtocolElementSpecificationSequence */
    1568,  /* ReconstructionStartLocationSequence */
    1571,  /* ReconstructionTargetCenterLocationSequence */
    1292,  /* ReconstructionTargetCenterPatient */
    1490,  /* ReconstructionType */
    76,  /* RecordInUseFlag */
    3912,  /* RecordedBlockSequence */
    3913,  /* RecordedBlockSlabSequence */
    3923,  /* RecordedBrachyAccessoryDeviceSequence */
    3925,  /* RecordedChannelSequence */
    3934,  /* RecordedChannelShieldSequence */
    3911,  /* RecordedCompensatorSequence */
    3917,  /* RecordedLateralSpreadingDeviceSequence */
    4516,  /* RecordedRTControlPointDateTime */
    3918,  /* RecordedRangeModulatorSequence */
    3916,  /* RecordedRangeShifterSequence */
    3915,  /* RecordedSnoutSequence */
    3932,  /* RecordedSourceApplicatorSequence */
    3919,  /* RecordedSourceSequence */
    3910,  /* RecordedWedgeSequence */
    859,  /* RectificationType */
    512,  /* RectifierSmoothing */
    1140,  /* RectilinearPhaseEncodeReordering */
    2078,  /* RedPaletteColorLookupTableData */
    2069,  /* RedPaletteColorLookupTableDescriptor */
    1620,  /* Reference */
    4187,  /* ReferenceAirKermaRate */
    1522,  /* ReferenceBasisCodeSequence */
    1738,  /* ReferenceCoordinates */
    3399,  /* ReferenceDisplaySets */
    4355,  /* ReferenceDoseDefinition */
    4386,  /* ReferenceDosePointCoordinates */
    4382,  /* ReferenceDoseType */
    1523,  /* ReferenceGeometryCodeSequence */
    4044,  /* ReferenceImageNumber */
    1521,  /* ReferenceLocationDescription */
    1520,  /* ReferenceLocationLabel */
    1034,  /* ReferencePixelPhysicalValueX */
    1035,  /* ReferencePixelPhysicalValueY */
    1030,  /* ReferencePixelX0 */
    1031,  /* ReferencePixelY0 */
    4772,  /* ReferenceToRecordedSound */
    2599,  /* ReferencedAccessionSequenceTrial */
    2689,  /* ReferencedAssertionUID */
    3681,  /* ReferencedBasicAnnotationBoxSequence */
    4565,  /* ReferencedBeamNumber */
    4564,  /* ReferencedBeamSequence */
    4586,  /* ReferencedBlockNumber */
    4583,  /* ReferencedBolusSequence */
    3924,  /* ReferencedBrachyAccessoryDeviceNumber */
    4570,  /* ReferencedBrachyApplicationSetupNumber */
    4569,  /* ReferencedBrachyApplicationSetupSequence */
    3908,  /* ReferencedCalculatedDoseReferenceNumber */
    3907,  /* ReferencedCalculatedDoseReferenceSequence */
    3509,  /* ReferencedChannelNumber */
    3935,  /* ReferencedChannelShieldNumber */
    2040,  /* ReferencedColorPaletteInstanceUID */
    3575,  /* ReferencedComparisonSOPInstanceSequence */
    4585,  /* ReferencedCompensatorNumber */
    4626,  /* ReferencedConceptualVolumeUID */
    3298,  /* ReferencedContentItem */
    2646,  /* ReferencedContentItemIdentifier */
    4587,  /* ReferencedControlPointIndex */
    4588,  /* ReferencedControlPointSequence */
    220,  /* ReferencedCurveSequence */
    2572,  /* ReferencedDateTime */
    4358,  /* ReferencedDefinedDeviceIndex */
    1532,  /* ReferencedDefinedProtocolSequence */
    4363,  /* ReferencedDeviceIndex */
    3620,  /* ReferencedDigitalSignatureSequence */
    4689,  /* ReferencedDirectSegmentInstanceSequence */
    4577,  /* ReferencedDoseReferenceNumber */
    4576,  /* ReferencedDoseReferenceSequence */
    4008,  /* ReferencedDoseReferenceUID */
    4581,  /* ReferencedDoseSequence */
    4726,  /* ReferencedDosimetricObjectiveUID */
    4728,  /* ReferencedDosimetricObjectivesSequence */
    4531,  /* ReferencedExpectedInVivoMeasurementValueIndex */
    3233,  /* ReferencedFiducialUID */
    4664,  /* ReferencedFiducialsUID */
    80,  /* ReferencedFileID */
    3654,  /* ReferencedFilmBoxSequence */
    3679,  /* ReferencedFilmSessionSequence */
    2526,  /* ReferencedFindingsGroupUIDTrial */
    3420,  /* ReferencedFirstFrameSequence */
    4573,  /* ReferencedFractionGroupNumber */
    4572,  /* ReferencedFractionGroupSequence */
    3947,  /* ReferencedFractionNumber */
    227,  /* ReferencedFrameNumber */
    2570,  /* ReferencedFrameNumbers */
    3806,  /* ReferencedFrameOfReferenceSequence */
    3813,  /* ReferencedFrameOfReferenceUID */
    2477,  /* ReferencedGeneralPurposeScheduledProcedureStepSequence */
    2483,  /* ReferencedGeneralPurposeScheduledProcedureStepTransactionUID */
    3087,  /* ReferencedHPGLDocumentID */
    3680,  /* ReferencedImageBoxSequence */
    3706,  /* ReferencedImageBoxSequenceRetired */
    288,  /* ReferencedImageEvidenceSequence */
    2804,  /* ReferencedImageNavigationSequence */
    3691,  /* ReferencedImageOverlayBoxSequence */
    2510,  /* ReferencedImageRealWorldValueMappingSequence */
    219,  /* ReferencedImageSequence */
    3557,  /* ReferencedImplantTemplateGroupMemberID */
    221,  /* ReferencedInstanceSequence */
    4767,  /* ReferencedInterpretationSequence */
    4592,  /* ReferencedLateralSpreadingDeviceNumber */
    3906,  /* ReferencedMeasuredDoseReferenceNumber */
    3905,  /* ReferencedMeasuredDoseReferenceSequence */
    2358,  /* ReferencedNonImageCompositeSOPInstanceSequence */
    2584,  /* ReferencedObjectObservationClassTrial */
    2583,  /* ReferencedObservationClassTrial */
    2582,  /* ReferencedObservationUIDTrial */
    1827,  /* ReferencedOphthalmicAxialLengthMeasurementQCImageSequence */
    1790,  /* ReferencedOphthalmicAxialMeasurementsSequence */
    3129,  /* ReferencedOpticalPathIdentifier */
    300,  /* ReferencedOtherPlaneSequence */
    3696,  /* ReferencedOverlayPlaneGroups */
    3695,  /* ReferencedOverlayPlaneSequence */
    216,  /* ReferencedOverlaySequence */
    4870,  /* ReferencedPTOSequence */
    4681,  /* ReferencedParentRTPrescriptionIndex */
    1345,  /* ReferencedPathIndex */
    2258,  /* ReferencedPatientAliasSequence */
    352,  /* ReferencedPatientPhotoSequence */
    214,  /* ReferencedPatientSequence */
    4580,  /* ReferencedPatientSetupNumber */
    4544,  /* ReferencedPatientSetupPhotoSequence */
    4554,  /* ReferencedPatientSetupProcedureIndex */
    212,  /* ReferencedPerformedProcedureStepSequence */
    1533,  /* ReferencedPerformedProtocolSequence */
    4601,  /* ReferencedPlanOverviewIndex */
    3709,  /* ReferencedPresentationLUTSequence */
    299,  /* ReferencedPresentationStateSequence */
    3726,  /* ReferencedPrintJobSequence */
    3719,  /* ReferencedPrintJobSequencePullStoredPrint */
    2395,  /* ReferencedProcedureStepSequence */
    3835,  /* ReferencedROINumber */
    4370,  /* ReferencedRTAccessoryHolderDeviceIndex */
    4405,  /* ReferencedRTInstanceSequence */
    4406,  /* ReferencedRTPatientSetupSequence */
    4709,  /* ReferencedRTPhysicianIntentIndex */
    4414,  /* ReferencedRTPhysicianIntentSequence */
    4563,  /* ReferencedRTPlanSequence */
    4680,  /* ReferencedRTPrescriptionIndex */
    4493,  /* ReferencedRTPrescriptionSequence */
    4497,  /* ReferencedRTRadiationRecordSequence */
    4404,  /* ReferencedRTRadiationSequence */
    4496,  /* ReferencedRTRadiationSetSequence */
    4679,  /* ReferencedRTTreatmentPhaseIndex */
    4688,  /* ReferencedRTTreatmentPhaseSequence */
    4543,  /* ReferencedRTTreatmentPreparationSequence */
    4368,  /* ReferencedRadiationDoseIdentificationIndex */
    4361,  /* ReferencedRadiationGenerationModeIndex */
    4517,  /* ReferencedRadiationRTControlPointIndex */
    4593,  /* ReferencedRangeModulatorNumber */
    4591,  /* ReferencedRangeShifterNumber */
    289,  /* ReferencedRawDataSequence */
    222,  /* ReferencedRealWorldValueMappingInstanceSequence */
    4566,  /* ReferencedReferenceImageNumber */
    4575,  /* ReferencedReferenceImageSequence */
    2748,  /* ReferencedRefractiveMeasurementsSequence */
    85,  /* ReferencedRelatedGeneralSOPClassUIDInFile */
    2607,  /* ReferencedRequestSequence */
    210,  /* ReferencedResultsSequence */
    223,  /* ReferencedSOPClassUID */
    82,  /* ReferencedSOPClassUIDInFile */
    3621,  /* ReferencedSOPInstanceMACSequence */
    224,  /* ReferencedSOPInstanceUID */
    83,  /* ReferencedSOPInstanceUIDInFile */
    238,  /* ReferencedSOPSequence */
    2569,  /* ReferencedSamplePositions */
    2955,  /* ReferencedSegmentNumber */
    4647,  /* ReferencedSegmentReferenceIndex */
    213,  /* ReferencedSeriesSequence */
    4319,  /* ReferencedSetupImageSequence */
    3933,  /* ReferencedSourceApplicatorNumber */
    4571,  /* ReferencedSourceNumber */
    3240,  /* ReferencedSpatialRegistrationSequence */
    4589,  /* ReferencedStartControlPointIndex */
    217,  /* ReferencedStereometricInstanceSequence */
    4590,  /* ReferencedStopControlPointIndex */
    3748,  /* ReferencedStorageMediaSequence */
    3655,  /* ReferencedStoredPrintSequence */
    4579,  /* ReferencedStructureSetSequence */
    3297,  /* ReferencedStructuredContextSequence */
    211,  /* ReferencedStudySequence */
    3571,  /* ReferencedSurfaceDataSequence */
    1862,  /* ReferencedSurfaceMeshIdentificationSequence */
    3010,  /* ReferencedSurfaceNumber */
    3009,  /* ReferencedSurfaceSequence */
    4871,  /* ReferencedTDRInstanceSequence */
    2154,  /* ReferencedTargetLuminanceCharacteristicsID */
    3570,  /* ReferencedTextureSequence */
    2571,  /* ReferencedTimeOffsets */
    4582,  /* ReferencedToleranceTableNumber */
    84,  /* ReferencedTransferSyntaxUIDInFile */
    4537,  /* ReferencedTreatmentPositionGroupUID */
    4367,  /* ReferencedTreatmentPositionIndex */
    3869,  /* ReferencedTreatmentRecordSequence */
    3692,  /* ReferencedVOILUTBoxSequence */
    4574,  /* ReferencedVerificationImageSequence */
    215,  /* ReferencedVisitSequence */
    2559,  /* ReferencedWaveformChannels */
    218,  /* ReferencedWaveformSequence */
    4584,  /* ReferencedWedgeNumber */
    1343,  /* ReferencedXRayDetectorIndex */
    1344,  /* ReferencedXRaySourceIndex */
    135,  /* ReferringPhysicianAddress */
    137,  /* ReferringPhysicianIdentificationSequence */
    134,  /* ReferringPhysicianName */
    136,  /* ReferringPhysicianTelephoneNumbers */
    3677,  /* ReflectedAmbientLight */
    3427,  /* ReformattingInterval */
    3428,  /* ReformattingOperationInitialViewDirection */
    3425,  /* ReformattingOperationType */
    3426,  /* ReformattingThickness */
    1792,  /* RefractiveErrorBeforeRefractiveSurgeryCodeSequence */
    2856,  /* RefractiveIndexApplied */
    2739,  /* RefractiveIndexOfAqueousHumor */
    2738,  /* RefractiveIndexOfCornea */
    1957,  /* RefractiveParametersUsedOnPatientSequence */
    2778,  /* RefractivePower */
    1767,  /* RefractiveProcedureOccurred */
    1728,  /* RefractiveStateSequence */
    1768,  /* RefractiveSurgeryTypeCodeSequence */
    1024,  /* RegionDataType */
    1025,  /* RegionFlags */
    1028,  /* RegionLocationMaxX1 */
    1029,  /* RegionLocationMaxY1 */
    1026,  /* RegionLocationMinX0 */
    1027,  /* RegionLocationMinY0 */
    356,  /* RegionOfResidence */
    2209,  /* RegionPixelShiftSequence */
    1023,  /* RegionSpatialFormat */
    1843,  /* RegisteredLocalizerBottomRightHandCorner */
    1842,  /* RegisteredLocalizerTopLeftHandCorner */
    1841,  /* RegisteredLocalizerUnits */
    3561,  /* RegistrationMethodCodeSequence */
    3220,  /* RegistrationSequence */
    1840,  /* RegistrationToLocalizerSequence */
    3225,  /* RegistrationTypeCodeSequence */
    2688,  /* RelatedAssertionSequence */
    3850,  /* RelatedFrameOfReferenceUID */
    98,  /* RelatedGeneralSOPClassUID */
    3491,  /* RelatedProcedureStepSequence */
    3839,  /* RelatedRTROIObservationsSequence */
    4678,  /* RelatedRTTreatmentPhaseIndex */
    3472,  /* RelatedReferenceRTImageSequence */
    4655,  /* RelatedSegmentCharacteristicsSequence */
    241,  /* RelatedSeriesSequence */
    2627,  /* RelationshipSequenceTrial */
    2523,  /* RelationshipType */
    2628,  /* RelationshipTypeCodeSequenceTrial */
    2779,  /* RelativeElevation */
    1730,  /* RelativeImagePositionCodeSequence */
    3239,  /* RelativeOpacity */
    3338,  /* RelativeTime */
    3339,  /* RelativeTimeUnits */
    3116,  /* RelativeURIReferenceWithinEncapsulatedDocument */
    928,  /* RelativeXRayExposure */
    2482,  /* RelevantInformationSequence */
    1845,  /* RelevantOPTAttributesSequence */
    3280,  /* RenderFieldOfView */
    3276,  /* RenderProjection */
    3245,  /* RenderedImageReferenceSequence */
    3258,  /* RenderingMethod */
    424,  /* RepairID */
    4004,  /* RepeatFractionCycleLength */
    2005,  /* RepeatInterval */
    746,  /* RepetitionTime */
    3521,  /* ReplacedImplantAssemblyTemplateSequence */
    3545,  /* ReplacedImplantTemplateGroupSequence */
    3044,  /* ReplacedImplantTemplateSequence */
    3493,  /* ReplacedProcedureStepSequence */
    2610,  /* ReportDetailSequenceTrial */
    1608,  /* ReportNumber */
    4768,  /* ReportProductionStatusTrial */
    2600,  /* ReportStatusCommentTrial */
    2567,  /* ReportStatusIDTrial */
    3755,  /* ReportedValuesOrigin */
    2441,  /* ReportingPriority */
    2659,  /* RepositoryUniqueID */
    2126,  /* RepresentativeFrameNumber */
    2913,  /* ReprojectionMethod */
    2373,  /* RequestAttributesSequence */
    3751,  /* RequestPriority */
    2244,  /* RequestedContrastAgent */
    3685,  /* RequestedDecimateCropBehavior */
    3684,  /* RequestedImageSize */
    3687,  /* RequestedImageSizeFlag */
    2241,  /* RequestedLateralityCodeSequence */
    3747,  /* RequestedMediaApplicationProfile */
    2240,  /* RequestedProcedureCodeSequence */
    2451,  /* RequestedProcedureComments */
    2239,  /* RequestedProcedureDescription */
    2446,  /* RequestedProcedureDescriptionTrial */
    2433,  /* RequestedProcedureID */
    2437,  /* RequestedProcedureLocation */
    2435,  /* RequestedProcedurePriority */
    3686,  /* RequestedResolutionID */
    3,  /* RequestedSOPClassUID */
    21,  /* RequestedSOPInstanceUID */
    1564,  /* RequestedSeriesDescription */
    897,  /* RequestedSeriesDescriptionCodeSequence */
    2490,  /* RequestedSubsequentWorkitemCodeSequence */
    3496,  /* RequestingAE */
    2231,  /* RequestingPhysician */
    2230,  /* RequestingPhysicianIdentificationSequence */
    2232,  /* RequestingService */
    2233,  /* RequestingServiceCodeSequence */
    2061,  /* RescaleIntercept */
    2062,  /* RescaleSlope */
    2063,  /* RescaleType */
    2864,  /* ResidualSyringeCounts */
    1193,  /* ResonantNucleus */
    2282,  /* ResourceDescription */
    1240,  /* RespiratoryCyclePosition */
    1678,  /* RespiratoryIntervalTime */
    1217,  /* RespiratoryMotionCompensationTechnique */
    1232,  /* RespiratoryMotionCompensationTechniqueDescription */
    1218,  /* RespiratorySignalSource */
    1233,  /* RespiratorySignalSourceID */
    1677,  /* RespiratorySynchronizationSequence */
    1680,  /* RespiratoryTriggerDelayThreshold */
    1674,  /* RespiratoryTriggerType */
    15,  /* ResponseSequenceNumber */
    171,  /* ResponsibleGroupCodeSequence */
    377,  /* ResponsibleOrganization */
    375,  /* ResponsiblePerson */
    376,  /* ResponsiblePersonRole */
    2476,  /* ResultingGeneralPurposePerformedProcedureStepsSequence */
    4792,  /* ResultsComments */
    4784,  /* ResultsDistributionListSequence */
    4765,  /* ResultsID */
    4766,  /* ResultsIDIssuer */
    1915,  /* ResultsNormalsSequence */
    1945,  /* RetestSensitivityValue */
    1944,  /* RetestStimulusSeen */
    1833,  /* RetinalThicknessDefinitionCodeSequence */
    120,  /* RetrieveAETitle */
    2652,  /* RetrieveLocationUID */
    2651,  /* RetrieveURI */
    233,  /* RetrieveURL */
    4613,  /* ReviewDate */
    4614,  /* ReviewTime */
    4615,  /* ReviewerName */
    1279,  /* RevolutionTime */
    1734,  /* RightImageSequence */
    2693,  /* RightLensSequence */
    4752,  /* RoboticBaseLocationIndicator */
    4754,  /* RoboticNodeIdentifier */
    4759,  /* RoboticPathControlPointSequence */
    4753,  /* RoboticPathNodeSetCodeSequence */
    3182,  /* RotationAngle */
    844,  /* RotationDirection */
    2878,  /* RotationInformationSequence */
    987,  /* RotationOfScannedFilm */
    850,  /* RotationOffset */
    3207,  /* RotationPoint */
    2876,  /* RotationVector */
    4849,  /* RouteID */
    4850,  /* RouteIDAssigningAuthority */
    2263,  /* RouteOfAdmissions */
    4819,  /* RouteSegmentEndLocationID */
    4825,  /* RouteSegmentEndTime */
    4800,  /* RouteSegmentID */
    4820,  /* RouteSegmentLocationIDType */
    4803,  /* RouteSegmentSequence */
    4818,  /* RouteSegmentStartLocationID */
    4824,  /* RouteSegmentStartTime */
    2015,  /* RowOverlap */
    2810,  /* RowPositionInTotalImagePixelMatrix */
    1986,  /* Rows */
    4905,  /* RowsForNthOrderCoefficients */
    4915,  /* RunLengthTriplet */
    920,  /* SAR */
    3498,  /* SCPStatus */
    4868,  /* SNRThreshold */
    3605,  /* SOPAuthorizationComment */
    3604,  /* SOPAuthorizationDateTime */
    96,  /* SOPClassUID */
    126,  /* SOPClassesInStudy */
    226,  /* SOPClassesSupported */
    3603,  /* SOPInstanceStatus */
    97,  /* SOPInstanceUID */
    1613,  /* SOPInstanceUIDOfConcatenationSource */
    2504,  /* STOWRSStorageSequence */
    2914,  /* SUVType */
    3937,  /* SafePositionExitDate */
    3938,  /* SafePositionExitTime */
    3939,  /* SafePositionReturnDate */
    3940,  /* SafePositionReturnTime */
    4939,  /* SampleRate */
    1978,  /* SamplesPerPixel */
    1979,  /* SamplesPerPixelUsed */
    2291,  /* SamplingFrequency */
    3281,  /* SamplingStepSize */
    661,  /* Saturation */
    1131,  /* SaturationRecovery */
    847,  /* ScanArc */
    915,  /* ScanLength */
    4255,  /* ScanMode */
    715,  /* ScanOptions */
    1861,  /* ScanPatternTypeCodeSequence */
    557,  /* ScanProcedure */
    2909,  /* ScanProgressionDirection */
    4308,  /* ScanSpotMetersetWeights */
    3882,  /* ScanSpotMetersetsDelivered */
    4306,  /* ScanSpotPositionMap */
    4303,  /* ScanSpotPrescribedIndices */
    4305,  /* ScanSpotReordered */
    4307,  /* ScanSpotReorderingAllowed */
    4310,  /* ScanSpotSizesDelivered */
    4301,  /* ScanSpotTimeOffset */
    4302,  /* ScanSpotTuneID */
    4845,  /* ScanType */
    913,  /* ScanVelocity */
    556,  /* ScannerSettingsSequence */
    713,  /* ScanningSequence */
    4309,  /* ScanningSpotSize */
    1493,  /* ScatterCorrected */
    2920,  /* ScatterCorrectionMethod */
    2933,  /* ScatterFractionFactor */
    658,  /* SceneCaptureType */
    652,  /* SceneType */
    2264,  /* ScheduledAdmissionDate */
    2265,  /* ScheduledAdmissionTime */
    2266,  /* ScheduledDischargeDate */
    2267,  /* ScheduledDischargeTime */
    2493,  /* ScheduledHumanPerformersSequence */
    2268,  /* ScheduledPatientInstitutionResidence */
    2343,  /* ScheduledPerformingPhysicianIdentificationSequence */
    2338,  /* ScheduledPerformingPhysicianName */
    2339,  /* ScheduledProcedureStepDescription */
    2336,  /* ScheduledProcedureStepEndDate */
    2337,  /* ScheduledProcedureStepEndTime */
    2472,  /* ScheduledProcedureStepExpirationDateTime */
    2341,  /* ScheduledProcedureStepID */
    2345,  /* ScheduledProcedureStepLocation */
    2474,  /* ScheduledProcedureStepModificationDateTime */
    3485,  /* ScheduledProcedureStepPriority */
    2357,  /* ScheduledProcedureStepSequence */
    2334,  /* ScheduledProcedureStepStartDate */
    2469,  /* ScheduledProcedureStepStartDateTime */
    2335,  /* ScheduledProcedureStepStartTime */
    2347,  /* ScheduledProcedureStepStatus */
    2468,  /* ScheduledProcessingApplicationsCodeSequence */
    3488,  /* ScheduledProcessingParametersSequence */
    2340,  /* ScheduledProtocolCodeSequence */
    2400,  /* ScheduledSpecimenSequence */
    2333,  /* ScheduledStationAETitle */
    2485,  /* ScheduledStationClassCodeSequence */
    2486,  /* ScheduledStationGeographicLocationCodeSequence */
    2344,  /* ScheduledStationName */
    2484,  /* ScheduledStationNameCodeSequence */
    2372,  /* ScheduledStepAttributesSequence */
    2227,  /* ScheduledStudyLocation */
    2228,  /* ScheduledStudyLocationAETitle */
    2223,  /* ScheduledStudyStartDate */
    2224,  /* ScheduledStudyStartTime */
    2225,  /* ScheduledStudyStopDate */
    2226,  /* ScheduledStudyStopTime */
    2478,  /* ScheduledWorkitemCodeSequence */
    3387,  /* ScreenMinimumColorBitDepth */
    3386,  /* ScreenMinimumGrayscaleBitDepth */
    1963,  /* ScreeningBaselineMeasured */
    1964,  /* ScreeningBaselineMeasuredSequence */
    1965,  /* ScreeningBaselineType */
    1966,  /* ScreeningBaselineValue */
    1880,  /* ScreeningTestModeCodeSequence */
    2853,  /* SeamLineIndex */
    2851,  /* SeamLineLocation */
    420,  /* SecondaryApprovalStatus */
    772,  /* SecondaryCaptureDeviceID */
    776,  /* SecondaryCaptureDeviceManufacturer */
    778,  /* SecondaryCaptureDeviceManufacturerModelName */
    779,  /* SecondaryCaptureDeviceSoftwareVersions */
    2929,  /* SecondaryCountsAccumulated */
    2926,  /* SecondaryCountsType */
    4877,  /* SecondaryInspectionMethodSequence */
    1420,  /* SecondaryPositionerIncrement */
    1424,  /* SecondaryPositionerIncrementSign */
    1416,  /* SecondaryPositionerScanArc */
    1418,  /* SecondaryPositionerScanStartAngle */
    421,  /* SecondaryReviewDate */
    422,  /* SecondaryReviewTime */
    423,  /* SecondaryReviewerName */
    2953,  /* SegmentAlgorithmName */
    2952,  /* SegmentAlgorithmType */
    4658,  /* SegmentAnnotationCategoryCodeSequence */
    4659,  /* SegmentAnnotationTypeCodeSequence */
    4662,  /* SegmentAnnotationTypeModifierCodeSequence */
    4656,  /* SegmentCharacteristicsPrecedence */
    4654,  /* SegmentCharacteristicsSequence */
    2950,  /* SegmentDescription */
    2954,  /* SegmentIdentificationSequence */
    2949,  /* SegmentLabel */
    2948,  /* SegmentNumber */
    4649,  /* SegmentReferenceIndex */
    4648,  /* SegmentReferenceSequence */
    2946,  /* SegmentSequence */
    3011,  /* SegmentSurfaceGenerationAlgorithmIdentificationSequence */
    3012,  /* SegmentSurfaceSourceInstanceSequence */
    2951,  /* SegmentationAlgorithmIdentificationSequence */
    4645,  /* SegmentationCreationTemplateLabel */
    2960,  /* SegmentationFractionalType */
    4646,  /* SegmentationTemplateUID */
    2945,  /* SegmentationType */
    2089,  /* SegmentedAlphaPaletteColorLookupTableData */
    2088,  /* SegmentedBluePaletteColorLookupTableData */
    2087,  /* SegmentedGreenPaletteColorLookupTableData */
    1139,  /* SegmentedKSpaceTraversal */
    2947,  /* SegmentedPropertyCategoryCodeSequence */
    2959,  /* SegmentedPropertyTypeCodeSequence */
    2961,  /* SegmentedPropertyTypeModifierCodeSequence */
    4653,  /* SegmentedRTAccessoryDeviceSequence */
    2086,  /* SegmentedRedPaletteColorLookupTableData */
    2963,  /* SegmentsOverlap */
    1820,  /* SelectedSegmentalOphthalmicAxialLengthSequence */
    1821,  /* SelectedTotalOphthalmicAxialLengthSequence */
    3347,  /* SelectorAEValue */
    3348,  /* SelectorASValue */
    3349,  /* SelectorATValue */
    3333,  /* SelectorAttribute */
    3585,  /* SelectorAttributeKeyword */
    3584,  /* SelectorAttributeName */
    3346,  /* SelectorAttributePrivateCreator */
    3343,  /* SelectorAttributeVR */
    3351,  /* SelectorCSValue */
    3377,  /* SelectorCodeSequenceValue */
    3350,  /* SelectorDAValue */
    3367,  /* SelectorDSValue */
    3352,  /* SelectorDTValue */
    3369,  /* SelectorFDValue */
    3371,  /* SelectorFLValue */
    3353,  /* SelectorISValue */
    3355,  /* SelectorLOValue */
    3357,  /* SelectorLTValue */
    3354,  /* SelectorOBValue */
    3368,  /* SelectorODValue */
    3356,  /* SelectorOFValue */
    3370,  /* SelectorOLValue */
    3378,  /* SelectorOVValue */
    3358,  /* SelectorOWValue */
    3359,  /* SelectorPNValue */
    3361,  /* SelectorSHValue */
    3374,  /* SelectorSLValue */
    3375,  /* SelectorSSValue */
    3363,  /* SelectorSTValue */
    3379,  /* SelectorSVValue */
    3344,  /* SelectorSequencePointer */
    3484,  /* SelectorSequencePointerItems */
    3345,  /* SelectorSequencePointerPrivateCreator */
    3360,  /* SelectorTMValue */
    3364,  /* SelectorUCValue */
    3376,  /* SelectorUIValue */
    3372,  /* SelectorULValue */
    3362,  /* SelectorUNValue */
    3366,  /* SelectorURValue */
    3373,  /* SelectorUSValue */
    3365,  /* SelectorUTValue */
    3380,  /* SelectorUVValue */
    3334,  /* SelectorValueNumber */
    622,  /* SelfTimerMode */
    54,  /* SendingApplicationEntityTitle */
    57,  /* SendingPresentationAddress */
    650,  /* SensingMethod */
    1021,  /* Sensitivity */
    1500,  /* SensitivityCalibrated */
    623,  /* SensitivityType */
    1943,  /* SensitivityValue */
    462,  /* SensorName */
    465,  /* SensorTemperature */
    4903,  /* SequenceDelimitationItem */
    717,  /* SequenceName */
    2044,  /* SequenceOfCompressedData */
    1022,  /* SequenceOfUltrasoundRegions */
    714,  /* SequenceVariant */
    2540,  /* SequencingIndicatorTrial */
    101,  /* SeriesDate */
    195,  /* SeriesDescription */
    196,  /* SeriesDescriptionCodeSequence */
    1614,  /* SeriesInStudy */
    1583,  /* SeriesInstanceUID */
    1585,  /* SeriesNumber */
    108,  /* SeriesTime */
    2910,  /* SeriesType */
    2278,  /* ServiceEpisodeDescription */
    2276,  /* ServiceEpisodeID */
    1462,  /* SettlingPhaseFrame */
    4165,  /* SetupDeviceDescription */
    4164,  /* SetupDeviceLabel */
    4166,  /* SetupDeviceParameter */
    4162,  /* SetupDeviceSequence */
    4163,  /* SetupDeviceType */
    4320,  /* SetupImageComment */
    4167,  /* SetupReferenceDescription */
    4160,  /* SetupTechnique */
    4161,  /* SetupTechniqueDescription */
    3282,  /* ShadingStyle */
    3193,  /* ShadowColorCIELabValue */
    3191,  /* ShadowOffsetX */
    3192,  /* ShadowOffsetY */
    3204,  /* ShadowOpacity */
    3190,  /* ShadowStyle */
    3219,  /* ShapeType */
    4880,  /* SharedFunctionalGroupsSequence */
    662,  /* Sharpness */
    4158,  /* ShieldingDeviceDescription */
    4157,  /* ShieldingDeviceLabel */
    4159,  /* ShieldingDevicePosition */
    4155,  /* ShieldingDeviceSequence */
    4156,  /* ShieldingDeviceType */
    4918,  /* ShiftTableSize */
    4919,  /* ShiftTableTriplet */
    3287,  /* Shininess */
    1926,  /* ShortTermFluctuation */
    1925,  /* ShortTermFluctuationCalculated */
    1928,  /* ShortTermFluctuationProbability */
    1927,  /* ShortTermFluctuationProbabilityCalculated */
    3562,  /* ShotDurationTime */
    3563,  /* ShotOffsetTime */
    3441,  /* ShowAcquisitionTechniquesFlag */
    3439,  /* ShowGraphicAnnotationFlag */
    3437,  /* ShowGrayscaleInverted */
    3438,  /* ShowImageTrueSizeFlag */
    3440,  /* ShowPatientDemographicsFlag */
    3209,  /* ShowTickLabel */
    948,  /* ShutterLeftVerticalEdge */
    951,  /* ShutterLowerHorizontalEdge */
    956,  /* ShutterOverlayGroup */
    957,  /* ShutterPresentationColorCIELabValue */
    955,  /* ShutterPresentationValue */
    949,  /* ShutterRightVerticalEdge */
    947,  /* ShutterShape */
    630,  /* ShutterSpeedValue */
    950,  /* ShutterUpperHorizontalEdge */
    2190,  /* SignalDomainColumns */
    2196,  /* SignalDomainRows */
    1810,  /* SignalToNoiseRatio */
    3615,  /* Signature */
    228,  /* SimpleFrameList */
    2763,  /* SimulatedKeratometricCylinderSequence */
    1280,  /* SingleCollimationWidth */
    826,  /* SkipBeats */
    303,  /* SkipFrameRangeFlag */
    1197,  /* SlabOrientation */
    1196,  /* SlabThickness */
    1623,  /* SliceLocation */
    983,  /* SliceLocationVector */
    2908,  /* SliceProgressionDirection */
    2930,  /* SliceSensitivityFactor */
    737,  /* SliceThickness */
    2888,  /* SliceVector */
    2423,  /* SlideIdentifier */
    2023,  /* SmallestImagePixelValue */
    2027,  /* SmallestImagePixelValueInPlane */
    2025,  /* SmallestPixelValueInSeries */
    2021,  /* SmallestValidPixelValue */
    361,  /* SmokingStatus */
    3663,  /* SmoothingType */
    4260,  /* SnoutID */
    4259,  /* SnoutPosition */
    3990,  /* SnoutPositionTolerance */
    4258,  /* SnoutSequence */
    1011,  /* SoftTissueFocusThermalIndex */
    1012,  /* SoftTissueSurfaceThermalIndex */
    1010,  /* SoftTissueThermalIndex */
    2123,  /* SoftcopyVOILUTSequence */
    782,  /* SoftwareVersions */
    3431,  /* SortByCategory */
    3432,  /* SortingDirection */
    3430,  /* SortingOperationsSequence */
    527,  /* SoundPathLength */
    1566,  /* SourceAcquisitionBeamNumber */
    1565,  /* SourceAcquisitionProtocolElementNumber */
    53,  /* SourceApplicationEntityTitle */
    4219,  /* SourceApplicatorID */
    4222,  /* SourceApplicatorLength */
    4223,  /* SourceApplicatorManufacturer */
    4221,  /* SourceApplicatorName */
    4218,  /* SourceApplicatorNumber */
    4226,  /* SourceApplicatorStepSize */
    4210,  /* SourceApplicatorTipLength */
    4220,  /* SourceApplicatorType */
    4224,  /* SourceApplicatorWallNominalThickness */
    4225,  /* SourceApplicatorWallNominalTransmission */
    4030,  /* SourceAxisDistance */
    4639,  /* SourceConceptualVolumeSequence */
    4636,  /* SourceConceptualVolumeUID */
    4181,  /* SourceDescription */
    4182,  /* SourceEncapsulationNominalThickness */
    4183,  /* SourceEncapsulationNominalTransmission */
    1331,  /* SourceEndDateTime */
    2967,  /* SourceFrameOfReferenceUID */
    3328,  /* SourceHangingProtocolSequence */
    2250,  /* SourceIdentifier */
    2773,  /* SourceImageCornealProcessedDataSequence */
    292,  /* SourceImageEvidenceSequence */
    4904,  /* SourceImageIDs */
    244,  /* SourceImageSequence */
    2664,  /* SourceInstanceSequence */
    284,  /* SourceIrradiationEventSequence */
    4185,  /* SourceIsotopeHalfLife */
    4184,  /* SourceIsotopeName */
    4177,  /* SourceManufacturer */
    4180,  /* SourceModelID */
    4215,  /* SourceMovementType */
    4175,  /* SourceNumber */
    1804,  /* SourceOfAnteriorChamberDepthDataCodeSequence */
    2732,  /* SourceOfCorneaMeasurementDataCodeSequence */
    1765,  /* SourceOfCornealSizeDataCodeSequence */
    1803,  /* SourceOfLensThicknessDataCodeSequence */
    1764,  /* SourceOfOphthalmicAxialLengthCodeSequence */
    3632,  /* SourceOfPreviousValues */
    1806,  /* SourceOfRefractiveMeasurementsCodeSequence */
    1805,  /* SourceOfRefractiveMeasurementsSequence */
    4854,  /* SourceOrientation */
    309,  /* SourcePatientGroupIdentificationSequence */
    3831,  /* SourcePixelPlanesCharacteristicsSequence */
    4855,  /* SourcePosition */
    56,  /* SourcePresentationAddress */
    1567,  /* SourceReconstructionProtocolElementNumber */
    4477,  /* SourceRollAngle */
    4174,  /* SourceSequence */
    3920,  /* SourceSerialNumber */
    1330,  /* SourceStartDateTime */
    4188,  /* SourceStrength */
    4189,  /* SourceStrengthReferenceDate */
    4190,  /* SourceStrengthReferenceTime */
    4186,  /* SourceStrengthUnits */
    4335,  /* SourceToApplicatorMountingPositionDistance */
    4033,  /* SourceToBeamLimitingDeviceDistance */
    4084,  /* SourceToBlockTrayDistance */
    4243,  /* SourceToCompensatorDistance */
    4069,  /* SourceToCompensatorTrayDistance */
    4127,  /* SourceToExternalContourDistance */
    4328,  /* SourceToGeneralAccessoryDistance */
    4407,  /* SourceToPatientSurfaceDistance */
    3766,  /* SourceToReferenceObjectDistance */
    4125,  /* SourceToSurfaceDistance */
    4058,  /* SourceToWedgeTrayDistance */
    4176,  /* SourceType */
    2299,  /* SourceWaveformSequence */
    754,  /* SpacingBetweenSlices */
    609,  /* SpatialFrequencyResponseColumnNames */
    608,  /* SpatialFrequencyResponseColumns */
    607,  /* SpatialFrequencyResponseRows */
    610,  /* SpatialFrequencyResponseValues */
    2097,  /* SpatialLocationsPreserved */
    1134,  /* SpatialPresaturation */
    796,  /* SpatialResolution */
    3780,  /* SpatialTransformOfDose */
    2275,  /* SpecialNeeds */
    1226,  /* SpecificAbsorptionRateDefinition */
    1251,  /* SpecificAbsorptionRateSequence */
    1228,  /* SpecificAbsorptionRateValue */
    88,  /* SpecificCharacterSet */
    70,  /* SpecificCharacterSetOfFileSetDescriptorFile */
    3590,  /* SpecificationSelectionGuidance */
    3926,  /* SpecifiedChannelTotalTime */
    3878,  /* SpecifiedMeterset */
    3928,  /* SpecifiedNumberOfPulses */
    3870,  /* SpecifiedPrimaryMeterset */
    3930,  /* SpecifiedPulseRepetitionInterval */
    3871,  /* SpecifiedSecondaryMeterset */
    3874,  /* SpecifiedTreatmentTime */
    2401,  /* SpecimenAccessionNumber */
    2415,  /* SpecimenDescriptionSequence */
    2410,  /* SpecimenDescriptionSequenceTrial */
    2411,  /* SpecimenDescriptionTrial */
    2419,  /* SpecimenDetailedDescription */
    2409,  /* SpecimenIdentifier */
    2787,  /* SpecimenLabelInImage */
    2422,  /* SpecimenLocalizationContentItemSequence */
    2420,  /* SpecimenPreparationSequence */
    2421,  /* SpecimenPreparationStepContentItemSequence */
    2799,  /* SpecimenReferenceSequence */
    2408,  /* SpecimenSequence */
    2418,  /* SpecimenShortDescription */
    2417,  /* SpecimenTypeCodeSequence */
    2412,  /* SpecimenUID */
    620,  /* SpectralSensitivity */
    1155,  /* SpectralWidth */
    1133,  /* SpectrallySelectedExcitation */
    1132,  /* SpectrallySelectedSuppression */
    1208,  /* SpectroscopyAcquisitionDataColumns */
    1213,  /* SpectroscopyAcquisitionOutOfPlanePhaseSteps */
    1249,  /* SpectroscopyAcquisitionPhaseColumns */
    1190,  /* SpectroscopyAcquisitionPhaseRows */
    4890,  /* SpectroscopyData */
    3286,  /* SpecularReflectionIntensity */
    2749,  /* SpherePower */
    1709,  /* SphericalLensPower */
    1285,  /* SpiralPitchFactor */
    1124,  /* Spoiling */
    1640,  /* StackID */
    2342,  /* StageCodeSequence */
    245,  /* StageName */
    246,  /* StageNumber */
    624,  /* StandardOutputSensitivity */
    1421,  /* StartAcquisitionDateTime */
    2893,  /* StartAngle */
    1466,  /* StartCardiacTriggerCountThreshold */
    4567,  /* StartCumulativeMetersetWeight */
    3510,  /* StartCumulativeTimeWeight */
    1464,  /* StartDensityThreshold */
    3903,  /* StartMeterset */
    1465,  /* StartRelativeDensityDifferenceThreshold */
    1467,  /* StartRespiratoryTriggerCountThreshold */
    257,  /* StartTrim */
    4508,  /* StartingMetersetValueKnownFlag */
    1670,  /* StartingRespiratoryAmplitude */
    1671,  /* StartingRespiratoryPhase */
    121,  /* StationAETitle */
    192,  /* StationName */
    16,  /* Status */
    1125,  /* SteadyStatePulseSequence */
    2733,  /* SteepCornealAxisSequence */
    2716,  /* SteepKeratometricAxisSequence */
    1042,  /* SteeringAngle */
    1717,  /* StereoBaselineAngle */
    1718,  /* StereoBaselineDisplacement */
    1719,  /* StereoHorizontalPixelOffset */
    1735,  /* StereoPairsPresent */
    1732,  /* StereoPairsSequence */
    1721,  /* StereoRotation */
    1720,  /* StereoVerticalPixelOffset */
    1896,  /* StimuliRetestingQuantity */
    1885,  /* StimulusArea */
    1883,  /* StimulusColorCodeSequence */
    1886,  /* StimulusPresentationTime */
    1942,  /* StimulusResults */
    258,  /* StopTrim */
    3596,  /* StorageMediaFileSetID */
    3597,  /* StorageMediaFileSetUID */
    1563,  /* StorageProtocolElementSequence */
    1562,  /* StorageProtocolElementSpecificationSequence */
    2505,  /* StorageURL */
    2090,  /* StoredValueColorRangeSequence */
    329,  /* StrainAdditionalInformation */
    330,  /* StrainCodeSequence */
    323,  /* StrainDescription */
    324,  /* StrainNomenclature */
    328,  /* StrainSource */
    326,  /* StrainSourceRegistryCodeSequence */
    325,  /* StrainStockNumber */
    327,  /* StrainStockSequence */
    3804,  /* StructureSetDate */
    3803,  /* StructureSetDescription */
    3801,  /* StructureSetLabel */
    3802,  /* StructureSetName */
    3811,  /* StructureSetROISequence */
    3805,  /* StructureSetTime */
    3580,  /* StructuredConstraintObservationSequence */
    3416,  /* StructuredDisplayBackgroundCIELabValue */
    3418,  /* StructuredDisplayImageBoxSequence */
    3419,  /* StructuredDisplayTextBoxSequence */
    240,  /* StudiesContainingOtherReferencedInstancesSequence */
    2234,  /* StudyArrivalDate */
    2235,  /* StudyArrivalTime */
    2245,  /* StudyComments */
    2236,  /* StudyCompletionDate */
    2237,  /* StudyCompletionTime */
    2238,  /* StudyComponentStatusID */
    100,  /* StudyDate */
    193,  /* StudyDescription */
    1584,  /* StudyID */
    2218,  /* StudyIDIssuer */
    1582,  /* StudyInstanceUID */
    2217,  /* StudyPriorityID */
    2221,  /* StudyReadDate */
    2222,  /* StudyReadTime */
    2216,  /* StudyStatusID */
    107,  /* StudyTime */
    2219,  /* StudyVerifiedDate */
    2220,  /* StudyVerifiedTime */
    639,  /* SubjectArea */
    635,  /* SubjectDistance */
    664,  /* SubjectDistanceRange */
    648,  /* SubjectLocation */
    311,  /* SubjectRelativePositionInImage */
    2725,  /* SubjectiveRefractionLeftEyeSequence */
    2724,  /* SubjectiveRefractionRightEyeSequence */
    3499,  /* SubscriptionListStatus */
    2668,  /* SubstanceAdministrationApproval */
    2676,  /* SubstanceAdministrationDateTime */
    2678,  /* SubstanceAdministrationDeviceID */
    2677,  /* SubstanceAdministrationNotes */
    2680,  /* SubstanceAdministrationParameterSequence */
    2199,  /* SubtractionItemID */
    3653,  /* SupportedImageDisplayFormatsSequence */
    2768,  /* SurfaceAsymmetryIndex */
    2977,  /* SurfaceComments */
    3008,  /* SurfaceCount */
    4124,  /* SurfaceEntryPoint */
    2987,  /* SurfaceMeshPrimitivesSequence */
    1876,  /* SurfaceMeshZPixelOffset */
    3071,  /* SurfaceModelDescriptionSequence */
    3072,  /* SurfaceModelLabel */
    3073,  /* SurfaceModelScalingFactor */
    2976,  /* SurfaceNumber */
    3565,  /* SurfacePointColorCIELabValueData */
    3564,  /* SurfacePointPresentationValueData */
    2986,  /* SurfacePointsNormalsSequence */
    2985,  /* SurfacePointsSequence */
    2978,  /* SurfaceProcessing */
    3018,  /* SurfaceProcessingAlgorithmIdentificationSequence */
    2980,  /* SurfaceProcessingDescription */
    2979,  /* SurfaceProcessingRatio */
    2767,  /* SurfaceRegularityIndex */
    3559,  /* SurfaceScanAcquisitionTypeCodeSequence */
    3560,  /* SurfaceScanModeCodeSequence */
    2975,  /* SurfaceSequence */
    3527,  /* SurgicalTechnique */
    1770,  /* SurgicallyInducedAstigmatismSequence */
    1333,  /* SwitchingPhaseNominalDuration */
    1332,  /* SwitchingPhaseNumber */
    1334,  /* SwitchingPhaseTransitionDuration */
    3305,  /* SwivelRange */
    808,  /* SynchronizationChannel */
    1612,  /* SynchronizationFrameOfReferenceUID */
    807,  /* SynchronizationTrigger */
    3422,  /* SynchronizedImageBoxList */
    3395,  /* SynchronizedScrollingSequence */
    791,  /* SyringeCounts */
    2146,  /* SystemStatus */
    2147,  /* SystemStatusComment */
    1129,  /* T2Preparation */
    4826,  /* TDRType */
    2138,  /* TIDOffset */
    4836,  /* TIPType */
    1048,  /* TMLinePositionX0 */
    1047,  /* TMLinePositionX0Retired */
    1052,  /* TMLinePositionX1 */
    1051,  /* TMLinePositionX1Retired */
    1050,  /* TMLinePositionY0 */
    1049,  /* TMLinePositionY0Retired */
    1054,  /* TMLinePositionY1 */
    1053,  /* TMLinePositionY1Retired */
    842,  /* TableAngle */
    2636,  /* TableColumnDefinitionSequence */
    2634,  /* TableColumnNumber */
    1406,  /* TableCradleTiltAngle */
    1284,  /* TableFeedPerRotation */
    1696,  /* TableFrameOfReferenceUID */
    1405,  /* TableHeadTiltAngle */
    836,  /* TableHeight */
    1404,  /* TableHorizontalRotationAngle */
    840,  /* TableLateralIncrement */
    841,  /* TableLongitudinalIncrement */
    838,  /* TableMotion */
    1066,  /* TableOfParameterValues */
    1065,  /* TableOfPixelValues */
    1062,  /* TableOfXBreakPoints */
    1063,  /* TableOfYBreakPoints */
    1301,  /* TablePosition */
    1363,  /* TablePositionSequence */
    2635,  /* TableRowDefinitionSequence */
    2633,  /* TableRowNumber */
    1283,  /* TableSpeed */
    3463,  /* TableTopEccentricAdjustedAngle */
    4118,  /* TableTopEccentricAngle */
    3992,  /* TableTopEccentricAngleTolerance */
    4117,  /* TableTopEccentricAxisDistance */
    4119,  /* TableTopEccentricRotationDirection */
    3461,  /* TableTopLateralAdjustedPosition */
    4122,  /* TableTopLateralPosition */
    3997,  /* TableTopLateralPositionTolerance */
    4170,  /* TableTopLateralSetupDisplacement */
    3460,  /* TableTopLongitudinalAdjustedPosition */
    4121,  /* TableTopLongitudinalPosition */
    3996,  /* TableTopLongitudinalPositionTolerance */
    4169,  /* TableTopLongitudinalSetupDisplacement */
    3464,  /* TableTopPitchAdjustedAngle */
    4130,  /* TableTopPitchAngle */
    3993,  /* TableTopPitchAngleTolerance */
    4131,  /* TableTopPitchRotationDirection */
    3465,  /* TableTopRollAdjustedAngle */
    4132,  /* TableTopRollAngle */
    3994,  /* TableTopRollAngleTolerance */
    4133,  /* TableTopRollRotationDirection */
    3459,  /* TableTopVerticalAdjustedPosition */
    4120,  /* TableTopVerticalPosition */
    3995,  /* TableTopVerticalPositionTolerance */
    4168,  /* TableTopVerticalSetupDisplacement */
    837,  /* TableTraverse */
    843,  /* TableType */
    839,  /* TableVerticalIncrement */
    1401,  /* TableXPositionToIsocenter */
    1402,  /* TableYPositionToIsocenter */
    1403,  /* TableZPositionToIsocenter */
    2630,  /* TabulatedValuesSequence */
    1127,  /* TagAngleFirstAxis */
    1243,  /* TagAngleSecondAxis */
    1137,  /* TagSpacingFirstDimension */
    1242,  /* TagSpacingSecondDimension */
    1141,  /* TagThickness */
    1135,  /* Tagging */
    1231,  /* TaggingDelay */
    2777,  /* TangentialPower */
    930,  /* TargetExposureIndex */
    1550,  /* TargetFrameOfReferenceUID */
    992,  /* TargetLabel */
    2148,  /* TargetLuminanceCharacteristicsSequence */
    4867,  /* TargetMaterialSequence */
    3977,  /* TargetMaximumDose */
    2170,  /* TargetMaximumLuminance */
    3975,  /* TargetMinimumDose */
    2169,  /* TargetMinimumLuminance */
    1621,  /* TargetPositionReferenceIndicator */
    3976,  /* TargetPrescriptionDose */
    1766,  /* TargetRefraction */
    989,  /* TargetUID */
    3978,  /* TargetUnderdoseVolumeFraction */
    2604,  /* TelephoneNumberTrial */
    4686,  /* TeletherapyRadiationType */
    641,  /* Temperature */
    2645,  /* TemplateExtensionCreatorUID */
    2643,  /* TemplateExtensionFlag */
    2644,  /* TemplateExtensionOrganizationUID */
    2640,  /* TemplateIdentifier */
    2642,  /* TemplateLocalVersion */
    4198,  /* TemplateName */
    4196,  /* TemplateNumber */
    4197,  /* TemplateType */
    2641,  /* TemplateVersion */
    1609,  /* TemporalPositionIdentifier */
    1647,  /* TemporalPositionIndex */
    1693,  /* TemporalPositionSequence */
    1690,  /* TemporalPositionTimeOffset */
    2568,  /* TemporalRangeType */
    4694,  /* TemporalRelationshipIntervalAnchor */
    1611,  /* TemporalResolution */
    32,  /* TerminalType */
    1472,  /* TerminationCardiacTriggerCountThreshold */
    1468,  /* TerminationCountsThreshold */
    1469,  /* TerminationDensityThreshold */
    1470,  /* TerminationRelativeDensityThreshold */
    1473,  /* TerminationRespiratoryTriggerCountThreshold */
    1471,  /* TerminationTimeThreshold */
    2183,  /* TestImageValidation */
    2184,  /* TestPatternCodeSequence */
    1908,  /* TestPointNormalsDataFlag */
    1909,  /* TestPointNormalsSequence */
    2181,  /* TestResult */
    2182,  /* TestResultComment */
    3187,  /* TextColorCIELabValue */
    4764,  /* TextComments */
    37,  /* TextFormatID */
    3139,  /* TextObjectSequence */
    3694,  /* TextString */
    3183,  /* TextStyleSequence */
    2573,  /* TextValue */
    3567,  /* TextureLabel */
    4715,  /* TherapeuticRoleCategoryCodeSequence */
    4716,  /* TherapeuticRoleTypeCodeSequence */
    733,  /* TherapyDescription */
    731,  /* TherapyType */
    4806,  /* ThreatCategory */
    4807,  /* ThreatCategoryDescription */
    4828,  /* ThreatDetectionAlgorithmAndVersion */
    4797,  /* ThreatROIBase */
    4799,  /* ThreatROIBitmap */
    4798,  /* ThreatROIExtents */
    4796,  /* ThreatROIVoxelSequence */
    4805,  /* ThreatSequence */
    3091,  /* ThreeDDegreeOfFreedomAxis */
    3550,  /* ThreeDImplantTemplateGroupMemberMatchingAxes */
    3549,  /* ThreeDImplantTemplateGroupMemberMatchingPoint */
    3107,  /* ThreeDLineCoordinates */
    3094,  /* ThreeDMatingAxes */
    3093,  /* ThreeDMatingPoint */
    3111,  /* ThreeDPlaneNormal */
    3110,  /* ThreeDPlaneOrigin */
    3104,  /* ThreeDPointCoordinates */
    3429,  /* ThreeDRenderingType */
    3705,  /* ThresholdDensity */
    3316,  /* ThresholdSequence */
    3318,  /* ThresholdType */
    3319,  /* ThresholdValue */
    3317,  /* ThresholdValueSequence */
    3208,  /* TickAlignment */
    3216,  /* TickLabel */
    3210,  /* TickLabelAlignment */
    3215,  /* TickPosition */
    2564,  /* Time */
    3335,  /* TimeBasedImageSetsSequence */
    977,  /* TimeDistributionProtocol */
    1165,  /* TimeDomainFiltering */
    2561,  /* TimeOfDocumentCreationOrVerbalTransactionTrial */
    1123,  /* TimeOfFlightContrast */
    1489,  /* TimeOfFlightInformationUsed */
    2257,  /* TimeOfFrameGroupSequence */
    476,  /* TimeOfGainCalibration */
    899,  /* TimeOfLastCalibration */
    1077,  /* TimeOfLastDetectorCalibration */
    775,  /* TimeOfSecondaryCapture */
    230,  /* TimeRange */
    3314,  /* TimeSeriesBlending */
    2891,  /* TimeSliceVector */
    2886,  /* TimeSlotInformationSequence */
    1591,  /* TimeSlotNumber */
    2887,  /* TimeSlotTime */
    2884,  /* TimeSlotVector */
    976,  /* TimeSource */
    169,  /* TimezoneOffsetFromUTC */
    3788,  /* TissueHeterogeneityCorrection */
    3985,  /* ToleranceTableLabel */
    3984,  /* ToleranceTableNumber */
    3983,  /* ToleranceTableSequence */
    4400,  /* ToleranceValue */
    934,  /* TomoAngle */
    937,  /* TomoClass */
    933,  /* TomoLayerHeight */
    935,  /* TomoTime */
    936,  /* TomoType */
    4760,  /* TomotherapeuticControlPointSequence */
    4762,  /* TomotherapeuticLeafInitialClosedDurations */
    4761,  /* TomotherapeuticLeafOpenDurations */
    2805,  /* TopLeftHandCornerOfLocalizerArea */
    3601,  /* TopicAuthor */
    3602,  /* TopicKeywords */
    3600,  /* TopicSubject */
    3599,  /* TopicTitle */
    1775,  /* ToricIOLPowerForExactEmmetropiaSequence */
    1776,  /* ToricIOLPowerForExactTargetRefractionSequence */
    1772,  /* ToricIOLPowerSequence */
    567,  /* TotalAperture */
    4080,  /* TotalBlockTrayFactor */
    4081,  /* TotalBlockTrayWaterEquivalentThickness */
    1281,  /* TotalCollimationWidth */
    4065,  /* TotalCompensatorTrayFactor */
    4244,  /* TotalCompensatorTrayWaterEquivalentThickness */
    1014,  /* TotalGain */
    2381,  /* TotalNumberOfExposures */
    3746,  /* TotalNumberOfPiecesOfMediaCreated */
    2784,  /* TotalPixelMatrixColumns */
    2813,  /* TotalPixelMatrixFocalPlanes */
    2786,  /* TotalPixelMatrixOriginSequence */
    2785,  /* TotalPixelMatrixRows */
    4598,  /* TotalPrescriptionDose */
    4860,  /* TotalProcessingTime */
    4199,  /* TotalReferenceAirKerma */
    4940,  /* TotalTime */
    2380,  /* TotalTimeOfFluoroscopy */
    4055,  /* TotalWedgeTrayWaterEquivalentThickness */
    3037,  /* TrackPointIndexList */
    3027,  /* TrackSequence */
    3033,  /* TrackSetAnatomicalTypeCodeSequence */
    3032,  /* TrackSetDescription */
    3031,  /* TrackSetLabel */
    3030,  /* TrackSetNumber */
    3026,  /* TrackSetSequence */
    3035,  /* TrackSetStatisticsSequence */
    3038,  /* TrackStatisticsSequence */
    3029,  /* TrackingAlgorithmIdentificationSequence */
    2964,  /* TrackingID */
    2965,  /* TrackingUID */
    234,  /* TransactionUID */
    1518,  /* TransducerApplicationCodeSequence */
    1517,  /* TransducerBeamSteeringCodeSequence */
    1002,  /* TransducerData */
    1038,  /* TransducerFrequency */
    1516,  /* TransducerGeometryCodeSequence */
    1003,  /* TransducerIdentificationSequence */
    261,  /* TransducerOrientation */
    271,  /* TransducerOrientationModifierSequence */
    270,  /* TransducerOrientationSequence */
    260,  /* TransducerPosition */
    269,  /* TransducerPositionModifierSequence */
    268,  /* TransducerPositionSequence */
    1513,  /* TransducerScanPatternCodeSequence */
    1039,  /* TransducerType */
    50,  /* TransferSyntaxUID */
    4229,  /* TransferTubeLength */
    4228,  /* TransferTubeNumber */
    453,  /* TransformDescription */
    2041,  /* TransformLabel */
    454,  /* TransformNumberOfAxes */
    455,  /* TransformOrderOfAxes */
    2042,  /* TransformVersionNumber */
    1847,  /* TransformationAlgorithmSequence */
    1846,  /* TransformationMethodCodeSequence */
    456,  /* TransformedAxisUnits */
    558,  /* TranslationRateX */
    559,  /* TranslationRateY */
    1153,  /* TransmitCoilManufacturerName */
    908,  /* TransmitCoilName */
    1154,  /* TransmitCoilType */
    489,  /* TransmitTransducerSequence */
    519,  /* TransmitTransducerSettingsSequence */
    1192,  /* TransmitterFrequency */
    4858,  /* TransportClassification */
    1475,  /* TransverseDetectorSeparation */
    2923,  /* TransverseMash */
    4284,  /* TrayAccessoryCode */
    3864,  /* TreatmentControlPointDate */
    3865,  /* TreatmentControlPointTime */
    3951,  /* TreatmentDate */
    4502,  /* TreatmentDeliveryContinuationFlag */
    4047,  /* TreatmentDeliveryType */
    4413,  /* TreatmentDeviceIdentificationSequence */
    4028,  /* TreatmentMachineName */
    4173,  /* TreatmentMachineSequence */
    4408,  /* TreatmentMachineSpecialModeCodeSequence */
    4364,  /* TreatmentPositionGroupLabel */
    4366,  /* TreatmentPositionGroupSequence */
    4365,  /* TreatmentPositionGroupUID */
    4362,  /* TreatmentPositionIndex */
    4418,  /* TreatmentPositionSequence */
    3958,  /* TreatmentProtocols */
    4503,  /* TreatmentRecordContentOrigin */
    3921,  /* TreatmentSessionApplicationSetupSequence */
    3861,  /* TreatmentSessionBeamSequence */
    3862,  /* TreatmentSessionIonBeamSequence */
    4494,  /* TreatmentSessionUID */
    4733,  /* TreatmentSite */
    4734,  /* TreatmentSiteCodeSequence */
    4751,  /* TreatmentSiteModifierCodeSequence */
    3960,  /* TreatmentSites */
    3945,  /* TreatmentStatusComment */
    3884,  /* TreatmentSummaryCalculatedDoseReferenceSequence */
    3914,  /* TreatmentSummaryMeasuredDoseReferenceSequence */
    4736,  /* TreatmentTechniqueNotes */
    3867,  /* TreatmentTerminationCode */
    4509,  /* TreatmentTerminationDescription */
    3866,  /* TreatmentTerminationStatus */
    3952,  /* TreatmentTime */
    4402,  /* TreatmentTimeLimit */
    4512,  /* TreatmentToleranceViolationAttributeSequence */
    4511,  /* TreatmentToleranceViolationCategory */
    4529,  /* TreatmentToleranceViolationCauseCodeSequence */
    4515,  /* TreatmentToleranceViolationDateTime */
    4513,  /* TreatmentToleranceViolationDescription */
    4514,  /* TreatmentToleranceViolationIdentification */
    4510,  /* TreatmentToleranceViolationSequence */
    4528,  /* TreatmentToleranceViolationTypeCodeSequence */
    3868,  /* TreatmentVerificationStatus */
    3005,  /* TriangleFanSequence */
    3001,  /* TrianglePointIndexList */
    3004,  /* TriangleStripSequence */
    809,  /* TriggerSamplePosition */
    798,  /* TriggerSourceOrType */
    797,  /* TriggerTime */
    806,  /* TriggerTimeOffset */
    2895,  /* TriggerVector */
    829,  /* TriggerWindow */
    3672,  /* Trim */
    1277,  /* TubeAngle */
    3095,  /* TwoDDegreeOfFreedomAxis */
    3090,  /* TwoDDegreeOfFreedomSequence */
    3553,  /* TwoDImplantTemplateGroupMemberMatchingAxes */
    3552,  /* TwoDImplantTemplateGroupMemberMatchingPoint */
    3106,  /* TwoDLineCoordinates */
    3105,  /* TwoDLineCoordinatesSequence */
    3089,  /* TwoDMatingAxes */
    3086,  /* TwoDMatingFeatureCoordinatesSequence */
    3088,  /* TwoDMatingPoint */
    3108,  /* TwoDPlaneCoordinatesSequence */
    3109,  /* TwoDPlaneIntersection */
    3103,  /* TwoDPointCoordinates */
    3102,  /* TwoDPointCoordinatesSequence */
    1857,  /* TwoDimensionalToThreeDimensionalMapData */
    1850,  /* TwoDimensionalToThreeDimensionalMapSequence */
    4923,  /* TypeOfData */
    2894,  /* TypeOfDetectorMotion */
    863,  /* TypeOfFilters */
    2653,  /* TypeOfInstances */
    1771,  /* TypeOfOpticalCorrection */
    307,  /* TypeOfPatientID */
    3423,  /* TypeOfSynchronization */
    770,  /* UDISequence */
    2566,  /* UID */
    164,  /* URNCodeValue */
    1510,  /* USImageDescriptionSequence */
    3566,  /* UVMappingSequence */
    3568,  /* UValueData */
    1684,  /* UltrasoundAcquisitionGeometry */
    1989,  /* UltrasoundColorDataPresent */
    1815,  /* UltrasoundOphthalmicAxialLengthMeasurementsSequence */
    1817,  /* UltrasoundSelectedOphthalmicAxialLengthSequence */
    1661,  /* UnassignedPerFrameConvertedAttributesSequence */
    1660,  /* UnassignedSharedConvertedAttributesSequence */
    3194,  /* Underlined */
    3138,  /* UnformattedTextValue */
    3500,  /* UnifiedProcedureStepListStatus */
    3490,  /* UnifiedProcedureStepPerformedProcedureSequence */
    2638,  /* UniformResourceLocatorTrial */
    769,  /* UniqueDeviceIdentifier */
    2911,  /* Units */
    2351,  /* UniversalEntityID */
    2352,  /* UniversalEntityIDType */
    2695,  /* UnspecifiedLateralityLensSequence */
    885,  /* UpperLimitNumberOfPersistentFluoroscopyFrames */
    903,  /* UpperLowerPixelValues */
    2539,  /* UrgencyOrPriorityAlertsTrial */
    3230,  /* UsedFiducialsSequence */
    2962,  /* UsedSegmentsSequence */
    4666,  /* UserContentLabel */
    4667,  /* UserContentLongLabel */
    550,  /* UserSelectedGainY */
    552,  /* UserSelectedOffsetX */
    553,  /* UserSelectedOffsetY */
    551,  /* UserSelectedPhase */
    2065,  /* VOILUTFunction */
    2122,  /* VOILUTSequence */
    3434,  /* VOIType */
    3569,  /* VValueData */
    2535,  /* ValueType */
    4991,  /* VariableCoefficientsSDDN */
    4990,  /* VariableCoefficientsSDHN */
    4989,  /* VariableCoefficientsSDVN */
    919,  /* VariableFlipAngleFlag */
    4988,  /* VariableNextDataGroup */
    4987,  /* VariablePixelData */
    2998,  /* VectorAccuracy */
    2999,  /* VectorCoordinateData */
    2997,  /* VectorDimensionality */
    2971,  /* VectorGridData */
    1187,  /* VelocityEncodingAcquisitionSequence */
    1185,  /* VelocityEncodingDirection */
    1241,  /* VelocityEncodingMaximumValue */
    1186,  /* VelocityEncodingMinimumValue */
    531,  /* VelocityOfSound */
    2605,  /* VerbalSourceIdentifierCodeSequenceTrial */
    2602,  /* VerbalSourceTrial */
    2532,  /* VerificationDateTime */
    2618,  /* VerificationFlag */
    3467,  /* VerificationImageTiming */
    2556,  /* VerifyingObserverIdentificationCodeSequence */
    2547,  /* VerifyingObserverName */
    2545,  /* VerifyingObserverSequence */
    2530,  /* VerifyingOrganization */
    3003,  /* VertexPointIndexList */
    3189,  /* VerticalAlignment */
    464,  /* VerticalOffsetOfSensor */
    2701,  /* VerticalPrismBase */
    2700,  /* VerticalPrismPower */
    2757,  /* VerticesOfTheOutlineOfPupil */
    974,  /* VerticesOfThePolygonalCollimator */
    1387,  /* VerticesOfThePolygonalExposureControlSensingRegion */
    966,  /* VerticesOfThePolygonalOutline */
    954,  /* VerticesOfThePolygonalShutter */
    2210,  /* VerticesOfTheRegion */
    783,  /* VideoImageFormatAcquired */
    2897,  /* ViewCodeSequence */
    2898,  /* ViewModifierCodeSequence */
    248,  /* ViewName */
    249,  /* ViewNumber */
    3059,  /* ViewOrientationCodeSequence */
    3060,  /* ViewOrientationModifierCodeSequence */
    1017,  /* ViewPosition */
    2730,  /* ViewingDistance */
    2744,  /* ViewingDistanceType */
    3278,  /* ViewpointLookAtPoint */
    3277,  /* ViewpointPosition */
    3279,  /* ViewpointUpDirection */
    4257,  /* VirtualSourceAxisDistances */
    2287,  /* VisitComments */
    2259,  /* VisitStatusID */
    2743,  /* VisualAcuityBothEyesOpenSequence */
    2742,  /* VisualAcuityLeftEyeSequence */
    1956,  /* VisualAcuityMeasurementSequence */
    2745,  /* VisualAcuityModifiers */
    2741,  /* VisualAcuityRightEyeSequence */
    2740,  /* VisualAcuityTypeCodeSequence */
    2186,  /* VisualEvaluationMethodCodeSequence */
    2161,  /* VisualEvaluationResultSequence */
    2180,  /* VisualEvaluationTestSequence */
    1889,  /* VisualFieldCatchTrialSequence */
    1973,  /* VisualFieldGlobalResultsIndexSequence */
    1877,  /* VisualFieldHorizontalExtent */
    1921,  /* VisualFieldMeanSensitivity */
    1879,  /* VisualFieldShape */
    1937,  /* VisualFieldTestDuration */
    1914,  /* VisualFieldTestNormalsFlag */
    1946,  /* VisualFieldTestPointNormalsSequence */
    1938,  /* VisualFieldTestPointSequence */
    1939,  /* VisualFieldTestPointXCoordinate */
    1940,  /* VisualFieldTestPointYCoordinate */
    1972,  /* VisualFieldTestReliabilityGlobalIndexSequence */
    1878,  /* VisualFieldVerticalExtent */
    2432,  /* VitalStainCodeSequenceTrial */
    1760,  /* VitreousStatusCodeSequence */
    1782,  /* VitreousStatusDescription */
    295,  /* VolumeBasedCalculationTechnique */
    3260,  /* VolumeCroppingMethod */
    3259,  /* VolumeCroppingSequence */
    1695,  /* VolumeFrameOfReferenceUID */
    1207,  /* VolumeLocalizationSequence */
    1157,  /* VolumeLocalizationTechnique */
    4822,  /* VolumeOfPTO */
    3307,  /* VolumeStreamSequence */
    1687,  /* VolumeToTableMappingMatrix */
    1686,  /* VolumeToTransducerMappingMatrix */
    1688,  /* VolumeToTransducerRelationship */
    3296,  /* VolumetricAnnotationSequence */
    3273,  /* VolumetricCurvePoints */
    3306,  /* VolumetricCurveUpDirections */
    3299,  /* VolumetricPresentationInputAnnotationSequence */
    3291,  /* VolumetricPresentationInputIndex */
    3252,  /* VolumetricPresentationInputNumber */
    3255,  /* VolumetricPresentationInputSetSequence */
    3254,  /* VolumetricPresentationInputSetUID */
    3246,  /* VolumetricPresentationStateInputSequence */
    294,  /* VolumetricProperties */
    2658,  /* WADORSRetrievalSequence */
    2656,  /* WADORetrievalSequence */
    235,  /* WarningReason */
    644,  /* WaterDepth */
    911,  /* WaterEquivalentDiameter */
    912,  /* WaterEquivalentDiameterCalculationMethodCodeSequence */
    1273,  /* WaterReferenceAcquisition */
    1238,  /* WaterReferencedPhaseCorrection */
    2639,  /* WaveformAnnotationSequence */
    4885,  /* WaveformBitsAllocated */
    2308,  /* WaveformBitsStored */
    2294,  /* WaveformChannelNumber */
    4888,  /* WaveformData */
    2313,  /* WaveformDataDisplayScale */
    2314,  /* WaveformDisplayBackgroundCIELabValue */
    2288,  /* WaveformOriginality */
    4887,  /* WaveformPaddingValue */
    2315,  /* WaveformPresentationGroupSequence */
    4886,  /* WaveformSampleInterpretation */
    4882,  /* WaveformSequence */
    4053,  /* WedgeAngle */
    573,  /* WedgeAngleFloat */
    595,  /* WedgeChamferHeight */
    596,  /* WedgeCurve */
    4436,  /* WedgeDefinitionSequence */
    583,  /* WedgeDescription */
    575,  /* WedgeElement1Position */
    4054,  /* WedgeFactor */
    589,  /* WedgeFrontGap */
    591,  /* WedgeFrontHeight */
    4052,  /* WedgeID */
    588,  /* WedgeInContactLength */
    594,  /* WedgeInContactWidth */
    582,  /* WedgeManufacturerName */
    577,  /* WedgeMaterial */
    576,  /* WedgeMaterialVelocity */
    572,  /* WedgeModelNumber */
    581,  /* WedgeName */
    4050,  /* WedgeNumber */
    585,  /* WedgeOffsetX */
    586,  /* WedgeOffsetY */
    578,  /* WedgeOffsetZ */
    4056,  /* WedgeOrientation */
    579,  /* WedgeOriginOffsetX */
    4108,  /* WedgePosition */
    4107,  /* WedgePositionSequence */
    592,  /* WedgeRearHeight */
    574,  /* WedgeRoofAngle */
    4049,  /* WedgeSequence */
    4059,  /* WedgeThinEdgePosition */
    580,  /* WedgeTimeDelay */
    590,  /* WedgeTotalHeight */
    587,  /* WedgeTotalLength */
    593,  /* WedgeTotalWidth */
    4051,  /* WedgeType */
    4749,  /* WeekdayFractionPatternSequence */
    3295,  /* WeightingLookupTableData */
    3294,  /* WeightingLookupTableDescriptor */
    3293,  /* WeightingTransferFunctionSequence */
    655,  /* WhiteBalance */
    598,  /* WhitePoint */
    2173,  /* WhitePointFlag */
    914,  /* WholeBodyTechnique */
    2424,  /* WholeSlideMicroscopyImageFrameTypeSequence */
    1851,  /* WideFieldOphthalmicPhotographyQualityRatingSequence */
    1852,  /* WideFieldOphthalmicPhotographyQualityThresholdSequence */
    1853,  /* WideFieldOphthalmicPhotographyThresholdQualityRating */
    2059,  /* WindowCenter */
    2064,  /* WindowCenterWidthExplanation */
    2060,  /* WindowWidth */
    3486,  /* WorklistLabel */
    893,  /* XAAcquisitionDuration */
    889,  /* XAAcquisitionFrameRate */
    888,  /* XAAcquisitionPhaseDetailsSequence */
    890,  /* XAPlaneDetailsSequence */
    1366,  /* XAXRFFrameCharacteristicsSequence */
    1854,  /* XCoordinatesCenterPixelViewAngle */
    2657,  /* XDSRetrievalSequence */
    2506,  /* XDSStorageSequence */
    871,  /* XFocusCenter */
    2426,  /* XOffsetInSlideCoordinateSystem */
    1414,  /* XRay3DAcquisitionSequence */
    1412,  /* XRay3DFrameTypeSequence */
    1430,  /* XRay3DReconstructionSequence */
    1434,  /* XRayAcquisitionDoseSequence */
    1338,  /* XRayDetectorID */
    1337,  /* XRayDetectorIndex */
    1340,  /* XRayDetectorLabel */
    892,  /* XRayFilterDetailsSequence */
    1448,  /* XRayFilterSequence */
    1410,  /* XRayGeometrySequence */
    1447,  /* XRayGridSequence */
    3758,  /* XRayImageReceptorAngle */
    3757,  /* XRayImageReceptorTranslation */
    1357,  /* XRayMassAttenuationCoefficient */
    2388,  /* XRayOutput */
    1368,  /* XRayReceptorType */
    1328,  /* XRaySourceID */
    1327,  /* XRaySourceIndex */
    1435,  /* XRaySourceIsocenterPrimaryAngle */
    1436,  /* XRaySourceIsocenterSecondaryAngle */
    854,  /* XRayTubeCurrent */
    1304,  /* XRayTubeCurrentInmA */
    1113,  /* XRayTubeCurrentInuA */
    1855,  /* YCoordinatesCenterPixelViewAngle */
    872,  /* YFocusCenter */
    2427,  /* YOffsetInSlideCoordinateSystem */
    4813,  /* ZEffective */
    2428,  /* ZOffsetInSlideCoordinateSystem */
    1519,  /* ZeroVelocityPixelValue */
    4920,  /* ZonalMap */
    2052,  /* ZonalMapFormat */
    2051,  /* ZonalMapLocation */
    2050,  /* ZonalMapNumberFormat */
    1993,  /* ZoomCenter */
    1992,  /* ZoomFactor */
    921,  /* dBdt */
};

const size_t dcm_dict_keyword_index_count =
    sizeof(dcm_dict_keyword_index) / sizeof(dcm_dict_keyword_index[0]);
