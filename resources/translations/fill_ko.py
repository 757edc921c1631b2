#!/usr/bin/env python3
"""Fills computestudio_ko.ts from the Korean glossary below (terms as the source documents,
seeds/*.txt, use them: 컴퓨팅 인스턴스, 컴퓨팅 클러스터, 유추 클러스터, 연결된 컴퓨팅,
작업 영역, 로컬 컴퓨터, 가상 머신 크기, 전용, 낮은 우선 순위, 관리 ID, 프라이빗 키).
Run after `cmake --build build --target update_translations`; sources missing from the
glossary are listed and left unfinished, and entries that dropped a placeholder (%1), a
mnemonic (&X, written "이름(&N):" in Korean), a tag or a `command` are reported.
Obsolete messages (strings no source has any more) are removed."""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

KO = {
    'Local machine': '로컬 컴퓨터',
    'Compute instance': '컴퓨팅 인스턴스',
    'Compute cluster': '컴퓨팅 클러스터',
    'Inference cluster': '유추 클러스터',
    'Attached compute': '연결된 컴퓨팅',
    'Unknown': '알 수 없음',
    'Creating': '만드는 중',
    'Updating': '업데이트 중',
    'Deleting': '삭제 중',
    'Succeeded': '성공',
    'Failed': '실패',
    'Canceled': '취소됨',
    'Running': '실행 중',
    'Stopped': '중지됨',
    'Starting': '시작 중',
    'Stopping': '중지 중',
    'Restarting': '다시 시작 중',
    'Idle': '유휴',
    'Resizing': '크기 조정 중',
    'Steady': '안정',
    'Unusable': '사용할 수 없음',
    '1 core, %1': '코어 1개, %1',
    '%1 cores, %2': '코어 %1개, %2',
    'Could not read the computes of the workspace.': '작업 영역의 컴퓨팅 목록을 읽을 수 없습니다.',
    'A compute named "%1" already exists in this workspace.': '이 작업 영역에 이름이 "%1"인 컴퓨팅이 이미 있습니다.',
    'Could not save the compute "%1".': '컴퓨팅 "%1"을(를) 저장할 수 없습니다.',
    'The compute "%1" no longer exists.': '컴퓨팅 "%1"이(가) 더 이상 없습니다.',
    'Could not delete the compute "%1".': '컴퓨팅 "%1"을(를) 삭제할 수 없습니다.',
    'nvidia-smi did not answer within %1 ms.': 'nvidia-smi가 %1ms 안에 응답하지 않았습니다.',
    'nvidia-smi failed (exit code %1).': 'nvidia-smi가 실패했습니다(종료 코드 %1).',
    'Select a compute to see its details.': '세부 정보를 보려면 컴퓨팅을 선택하세요.',
    'Property': '속성',
    'Value': '값',
    'Compute properties': '컴퓨팅 속성',
    '%1 · %2 · provider: %3': '%1 · %2 · 공급자: %3',
    'State: <b>%1</b> &nbsp; Provisioning: <b>%2</b>': '상태: <b>%1</b> &nbsp; 프로비저닝: <b>%2</b>',
    'Last error: %1': '마지막 오류: %1',
    'Name': '이름',
    'Kind': '종류',
    'Type': '유형',
    'Provider': '공급자',
    'State': '상태',
    'Provisioning state': '프로비저닝 상태',
    'Last error': '마지막 오류',
    'None': '없음',
    'Size': '크기',
    'Nodes': '노드',
    'Created by': '만든 사람',
    'Created on': '만든 날짜',
    'Modified on': '수정한 날짜',
    'Settings': '설정',
    '(none)': '(없음)',
    'yes': '예',
    'no': '아니요',
    'Compute': '컴퓨팅',
    'Local machine: probing…': '로컬 컴퓨터: 확인하는 중…',
    'GPU: %1': 'GPU: %1',
    'no GPU': 'GPU 없음',
    'Local machine (%1): %2 · %3 · %4': '로컬 컴퓨터(%1): %2 · %3 · %4',
    'The local machine is always available as the compute "local": runs and notebooks can use it directly.':
        '로컬 컴퓨터는 항상 컴퓨팅 "local"로 사용할 수 있습니다. 실행과 Notebook에서 바로 사용할 수 있습니다.',
    'Could not load the computes: %1': '컴퓨팅 목록을 불러올 수 없습니다: %1',
    'No compute instances yet': '아직 컴퓨팅 인스턴스가 없습니다',
    'No compute clusters yet': '아직 컴퓨팅 클러스터가 없습니다',
    'No inference clusters yet': '아직 유추 클러스터가 없습니다',
    'No attached compute yet': '아직 연결된 컴퓨팅이 없습니다',
    'A compute instance is a managed single-node workstation for notebooks, development and small training runs.':
        '컴퓨팅 인스턴스는 Notebook, 개발 및 작은 학습 실행을 위한 관리형 단일 노드 워크스테이션입니다.',
    'A compute cluster is a managed pool of nodes that scales up when runs are submitted and back down when idle.':
        '컴퓨팅 클러스터는 실행을 제출하면 확장되고 유휴 상태가 되면 다시 축소되는 관리형 노드 풀입니다.',
    'An inference cluster is a Kubernetes cluster that hosts models as production web services.':
        '유추 클러스터는 모델을 프로덕션 웹 서비스로 호스팅하는 Kubernetes 클러스터입니다.',
    'Attached compute is created elsewhere (a remote VM, HDInsight, Databricks, …) and attached to this workspace by name.':
        '연결된 컴퓨팅은 다른 곳(원격 VM, HDInsight, Databricks 등)에서 만든 컴퓨팅을 이름으로 이 작업 영역에 연결한 것입니다.',
    'Loading…': '불러오는 중…',
    'Compute instances': '컴퓨팅 인스턴스',
    'Compute clusters': '컴퓨팅 클러스터',
    'Inference clusters': '유추 클러스터',
    'Create': '만들기',
    'New': '새로 만들기',
    'Create a new %1': '새 %1 만들기',
    'Refresh': '새로 고침',
    'Reload the list (%1)': '목록 다시 불러오기(%1)',
    'Filter by name': '이름으로 필터링',
    '1 item': '항목 1개',
    '%1 items': '항목 %1개',
    'Compute Studio': 'Compute Studio',
    'Navigation': '탐색',
    'Runs': '실행',
    'Notebooks': 'Notebook',
    '&File': '파일(&F)',
    '&Open Workspace…': '작업 영역 열기(&O)…',
    '&Quit': '끝내기(&Q)',
    '&View': '보기(&V)',
    '&Compute': '컴퓨팅(&C)',
    '&Runs': '실행(&R)',
    '&Notebooks': 'Notebook(&N)',
    '&Help': '도움말(&H)',
    '&About Compute Studio': 'Compute Studio 정보(&A)',
    'About Compute Studio': 'Compute Studio 정보',
    '<h3>Compute Studio %1</h3><p>One desktop studio for all of your machine-learning compute: the local machine, SSH hosts, Slurm clusters and Azure Machine Learning.</p>':
        '<h3>Compute Studio %1</h3><p>로컬 컴퓨터, SSH 호스트, Slurm 클러스터, Azure Machine Learning까지 모든 머신 러닝 컴퓨팅을 위한 하나의 데스크톱 스튜디오입니다.</p>',
    'Runs will be listed here: every script submitted to any compute, with its status, logs, metrics and outputs, live. Submitting runs arrives with the run engine.':
        '여기에 실행이 표시됩니다. 어떤 컴퓨팅에 제출한 스크립트든 상태, 로그, 메트릭, 출력을 실시간으로 볼 수 있습니다. 실행 제출은 실행 엔진과 함께 제공됩니다.',
    'Notebooks will open here: .ipynb documents whose cells run on a Jupyter kernel on the compute you pick. The notebook editor arrives in a later release.':
        '여기에서 Notebook이 열립니다. 셀은 선택한 컴퓨팅의 Jupyter 커널에서 실행됩니다. Notebook 편집기는 이후 릴리스에서 제공됩니다.',
    'Workspace: %1': '작업 영역: %1',
    'Open Workspace': '작업 영역 열기',
    'Could not read the workspace database.': '작업 영역 데이터베이스를 읽을 수 없습니다.',
    'The workspace has no local compute.': '작업 영역에 로컬 컴퓨팅이 없습니다.',
    'nvidia-smi not found: no NVIDIA GPU usable': 'nvidia-smi를 찾을 수 없음: 사용할 수 있는 NVIDIA GPU 없음',
    'Could not open the workspace database.': '작업 영역 데이터베이스를 열 수 없습니다.',
    'Could not read the workspace database %1.': '작업 영역 데이터베이스 %1을(를) 읽을 수 없습니다.',
    '%1 is not a Compute Studio workspace database (it is not an SQLite file).':
        '%1은(는) Compute Studio 작업 영역 데이터베이스가 아닙니다(SQLite 파일이 아님).',
    'Could not open the workspace database %1.': '작업 영역 데이터베이스 %1을(를) 열 수 없습니다.',
    'No workspace folder was given.': '작업 영역 폴더를 지정하지 않았습니다.',
    'The workspace %1 is a file, not a folder.': '작업 영역 %1은(는) 폴더가 아니라 파일입니다.',
    'The workspace %1 was written by a newer Compute Studio (schema version %2); this version understands schema versions up to %3. Open it with a newer Compute Studio. The workspace was not changed.':
        '작업 영역 %1은(는) 더 새로운 Compute Studio(스키마 버전 %2)에서 저장되었습니다. 이 버전은 스키마 버전 %3까지만 지원합니다. 더 새로운 Compute Studio로 여세요. 작업 영역은 변경되지 않았습니다.',
    'The folder %1 is not empty and holds no Compute Studio workspace. Choose an empty or new folder for a new workspace.':
        '폴더 %1은(는) 비어 있지 않으며 Compute Studio 작업 영역이 아닙니다. 새 작업 영역에는 비어 있거나 새로운 폴더를 선택하세요.',
    'Could not create the workspace folder %1.': '작업 영역 폴더 %1을(를) 만들 수 없습니다.',
    'Could not switch the workspace database to WAL mode.': '작업 영역 데이터베이스를 WAL 모드로 전환할 수 없습니다.',
    'Could not create the folder %1.': '폴더 %1을(를) 만들 수 없습니다.',
    'Could not back up the workspace before upgrading it.': '업그레이드하기 전에 작업 영역을 백업할 수 없습니다.',
    'Could not lock the workspace database.': '작업 영역 데이터베이스를 잠글 수 없습니다.',
    'The workspace was upgraded by a newer Compute Studio while opening it.':
        '여는 동안 더 새로운 Compute Studio가 작업 영역을 업그레이드했습니다.',
    'Could not upgrade the workspace to schema version %1.': '작업 영역을 스키마 버전 %1(으)로 업그레이드할 수 없습니다.',
    'Could not initialise the workspace.': '작업 영역을 초기화할 수 없습니다.',
    'Could not record the schema version.': '스키마 버전을 기록할 수 없습니다.',
    'Could not save the upgraded workspace.': '업그레이드한 작업 영역을 저장할 수 없습니다.',
    'not probed yet': '아직 확인하지 않음',
    'The option %1 needs a value.': '옵션 %1에는 값이 필요합니다.',
    'Unknown output format "%1": use table or json.': '알 수 없는 출력 형식 "%1": table 또는 json을 사용하세요.',
    'Unknown option %1.': '알 수 없는 옵션 %1.',
    'No command given.': '명령을 지정하지 않았습니다.',
    'Unknown command group "%1".': '알 수 없는 명령 그룹 "%1".',
    'No compute command given.': 'compute 명령을 지정하지 않았습니다.',
    'Unknown compute command "%1".': '알 수 없는 compute 명령 "%1".',
    'cstudio: error: %1': 'cstudio: 오류: %1',
    'compute list takes no arguments.': 'compute list에는 인수가 없습니다.',
    'Unknown option --%1.': '알 수 없는 옵션 --%1.',
    'Unknown kind "%1": use instance, cluster, inference, attached or local.':
        '알 수 없는 종류 "%1": instance, cluster, inference, attached 또는 local을 사용하세요.',
    'NAME': '이름',
    'KIND': '종류',
    'TYPE': '유형',
    'PROVIDER': '공급자',
    'STATE': '상태',
    'SIZE': '크기',
    'CREATED ON': '만든 날짜',
    'compute show needs exactly one compute name.': 'compute show에는 컴퓨팅 이름이 정확히 하나 필요합니다.',
    'There is no compute named "%1" in the workspace %2.': '작업 영역 %2에 이름이 "%1"인 컴퓨팅이 없습니다.',
    'Unknown language "%1" (available: %2).': '알 수 없는 언어 "%1"(사용 가능: %2).',
    'Compute Studio: machine-learning compute on your desktop.': 'Compute Studio: 데스크톱의 머신 러닝 컴퓨팅.',
    "unknown page '%1' (pages: %2)": "알 수 없는 페이지 '%1'(페이지: %2)",
    'could not write the screenshot %1': '스크린샷 %1을(를) 쓸 수 없습니다',
    'Open the workspace in <dir>.': '<dir>의 작업 영역을 엽니다.',
    'Start on <page>: %1.': '<page>에서 시작합니다: %1.',
    'Render the page once its data is loaded, write it to <file> (PNG) and exit.':
        '데이터를 불러온 뒤 페이지를 렌더링하여 <file>(PNG)에 쓰고 종료합니다.',
    "User interface language: en or ko (default: the system's).": '사용자 인터페이스 언어: en 또는 ko(기본값: 시스템 언어).',
    # Lifecycle operations and the local provider (core/ops, core/providers, core/store).
    'Attaching': '연결하는 중',
    'Detaching': '분리하는 중',
    'The workspace is closed.': '작업 영역이 닫혀 있습니다.',
    '%1 was not attached: its settings have errors.\n%2': '%1을(를) 연결하지 않았습니다. 설정에 오류가 있습니다.\n%2',
    '%1 was not created: its settings have errors.\n%2': '%1을(를) 만들지 않았습니다. 설정에 오류가 있습니다.\n%2',
    'A compute named %1 already exists in this workspace (%2). Choose another name, or delete that compute first.':
        '이 작업 영역에 이름이 %1인 컴퓨팅이 이미 있습니다(%2). 다른 이름을 선택하거나 먼저 그 컴퓨팅을 삭제하세요.',
    'Preparing': '준비 중',
    'Attaching %1 was canceled.': '%1 연결을 취소했습니다.',
    'The creation of %1 was canceled.': '%1 만들기를 취소했습니다.',
    'Saving secrets in the keychain': '키 집합에 비밀을 저장하는 중',
    'The secrets of %1 could not be saved in the keychain: %2': '%1의 비밀을 키 집합에 저장할 수 없습니다: %2',
    'There is no compute named %1 in this workspace.': '이 작업 영역에 이름이 %1인 컴퓨팅이 없습니다.',
    'The local machine is part of every workspace and cannot be deleted.':
        '로컬 컴퓨터는 모든 작업 영역에 포함되며 삭제할 수 없습니다.',
    '%1 is busy (%2, %3%). Wait for that to finish.': '%1은(는) 작업 중입니다(%2, %3%). 끝날 때까지 기다리세요.',
    '%1 cannot be deleted: there is no provider "%2" in this build to delete it with.':
        '%1을(를) 삭제할 수 없습니다. 이 빌드에는 삭제에 사용할 공급자 "%2"이(가) 없습니다.',
    '%1 is busy with another operation, or was deleted meanwhile.':
        '%1은(는) 다른 작업을 하는 중이거나 그사이에 삭제되었습니다.',
    'Removing secrets from the keychain': '키 집합에서 비밀을 제거하는 중',
    '%1 was not removed: its secrets could not be removed from the keychain (%2). Try again when the keychain is available.':
        '%1을(를) 제거하지 않았습니다. 키 집합에서 비밀을 제거할 수 없습니다(%2). 키 집합을 사용할 수 있을 때 다시 시도하세요.',
    'Only compute instances can be started, stopped or restarted; %1 is a %2.':
        '컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.',
    '%1 was never created (%2): delete it and create it again.':
        '%1은(는) 만들어지지 않았습니다(%2). 삭제한 다음 다시 만드세요.',
    '%1 is already running.': '%1은(는) 이미 실행 중입니다.',
    '%1 is already stopped.': '%1은(는) 이미 중지되었습니다.',
    '%1 is stopped: start it instead.': '%1은(는) 중지되어 있습니다. 대신 시작하세요.',
    'There is no provider "%1" in this build to manage %2 with.':
        '이 빌드에는 %2을(를) 관리할 공급자 "%1"이(가) 없습니다.',
    'Only compute clusters have nodes to update; %1 is a %2.':
        '업데이트할 노드가 있는 것은 컴퓨팅 클러스터뿐입니다. %1은(는) %2입니다.',
    '%1 cannot be updated while it is %2.': '%1은(는) %2 상태에서는 업데이트할 수 없습니다.',
    'The settings of %1 are not those of a compute cluster.': '%1의 설정은 컴퓨팅 클러스터의 설정이 아닙니다.',
    '%1 was not updated: the new settings have errors.\n%2': '%1을(를) 업데이트하지 않았습니다. 새 설정에 오류가 있습니다.\n%2',
    '%1 was interrupted: the process doing it (pid %2) ended before it finished. Delete the compute, or try again.':
        '진행 중이던 작업(%1)이 중단되었습니다. 작업하던 프로세스(PID %2)가 끝나기 전에 종료되었습니다. 컴퓨팅을 삭제하거나 다시 시도하세요.',
    'Could not save the computes of the workspace.': '작업 영역의 컴퓨팅 목록을 저장할 수 없습니다.',
    'Could not write %1: %2.': '%1을(를) 쓸 수 없습니다: %2.',
    'The creation of %1 was canceled; what it had made was removed.':
        '%1 만들기를 취소했습니다. 만든 것은 제거했습니다.',
    'Could not create the folder %1: a file of that name is in the way. Move it away or choose another name.':
        '폴더 %1을(를) 만들 수 없습니다. 같은 이름의 파일이 있습니다. 파일을 옮기거나 다른 이름을 선택하세요.',
    'Could not create the folder %1: it already exists and is not empty. Move it away or choose another name.':
        '폴더 %1을(를) 만들 수 없습니다. 이미 있으며 비어 있지 않습니다. 폴더를 옮기거나 다른 이름을 선택하세요.',
    'Could not create the folder %1: %2.': '폴더 %1을(를) 만들 수 없습니다: %2.',
    'The folder of the compute %1 is missing or damaged: %2 cannot be read (%3). Delete the compute and create it again.':
        '컴퓨팅 %1의 폴더가 없거나 손상되었습니다. %2을(를) 읽을 수 없습니다(%3). 컴퓨팅을 삭제한 다음 다시 만드세요.',
    'The folder of the compute %1 is damaged: %2 is not a manifest. Delete the compute and create it again.':
        '컴퓨팅 %1의 폴더가 손상되었습니다. %2은(는) 매니페스트가 아닙니다. 컴퓨팅을 삭제한 다음 다시 만드세요.',
    '"%1" cannot be the name of a local compute.': '"%1"은(는) 로컬 컴퓨팅의 이름이 될 수 없습니다.',
    'Checking the size': '크기를 확인하는 중',
    'This machine offers no size "%1". Sizes it offers: %2.':
        '이 컴퓨터에는 크기 "%1"이(가) 없습니다. 사용할 수 있는 크기: %2.',
    'The size %1 has no GPU, but the VM type is GPU. Choose a GPU size, or the CPU type.':
        '크기 %1에는 GPU가 없지만 가상 머신 유형이 GPU입니다. GPU 크기나 CPU 유형을 선택하세요.',
    'Creating the folder %1': '폴더 %1을(를) 만드는 중',
    'Creating the home folder and the job queue': '홈 폴더와 작업 큐를 만드는 중',
    'Could not create the link %1: %2.': '링크 %1을(를) 만들 수 없습니다: %2.',
    'Preparing the node pool': '노드 풀을 준비하는 중',
    'Removing %1': '%1을(를) 제거하는 중',
    'Removed': '제거됨',
    'Could not remove the folder %1: %2.': '폴더 %1을(를) 제거할 수 없습니다: %2.',
    'The compute instance %1 is already running.': '컴퓨팅 인스턴스 %1은(는) 이미 실행 중입니다.',
    'The compute instance %1 is already stopped.': '컴퓨팅 인스턴스 %1은(는) 이미 중지되었습니다.',
    'The compute instance %1 is stopped: start it instead.': '컴퓨팅 인스턴스 %1은(는) 중지되어 있습니다. 대신 시작하세요.',
    'Only compute clusters can be updated; %1 is a %2.': '컴퓨팅 클러스터만 업데이트할 수 있습니다. %1은(는) %2입니다.',
    'Saving the node settings': '노드 설정을 저장하는 중',
    'Updated': '업데이트됨',
    'No provider in this build can back a compute of type %1 yet.':
        '이 빌드에는 아직 %1 유형의 컴퓨팅을 지원하는 공급자가 없습니다.',
    'Providers that can back a compute of type %1: %2.': '%1 유형의 컴퓨팅을 지원하는 공급자: %2.',
    'There is no provider "%1" in this build (it has: %2). %3': '이 빌드에는 공급자 "%1"이(가) 없습니다(있는 공급자: %2). %3',
    'The provider "%1" cannot back a compute of type %2, and no provider in this build can yet.':
        '공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않으며, 이 빌드에는 아직 지원하는 공급자가 없습니다.',
    'The provider "%1" cannot back a compute of type %2. Providers that can: %3.':
        '공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않습니다. 지원하는 공급자: %3.',

    # Issue 3: secrets in the OS keychain (keychain: 키 집합; the desktop's keyring: 키 모음).
    'The keychain could not be asked because the application is not running or is shutting down.':
        '애플리케이션이 실행 중이 아니거나 종료하는 중이어서 키 집합에 요청할 수 없습니다.',
    'No secret is saved in the keychain under “%1”; enter it again.': '키 집합에 “%1”(으)로 저장된 비밀이 없습니다. 다시 입력하세요.',
    'The keychain refused to save the secret: it is locked or access was denied. Unlock your keyring and try again; you will be asked for the secret again next time.':
        '키 집합이 비밀 저장을 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하세요. 다음에 비밀을 다시 묻습니다.',
    'The keychain refused to give out the secret: it is locked or access was denied. Unlock your keyring and try again, or enter the secret again.':
        '키 집합이 비밀 제공을 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하거나 비밀을 다시 입력하세요.',
    'The keychain refused to remove the secret: it is locked or access was denied. Unlock your keyring and try again.':
        '키 집합이 비밀 제거를 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하세요.',
    'The keychain could not remove the secret saved under “%1”. Try again, or remove it with your keyring manager (Passwords and Keys, KWalletManager).':
        '키 집합에서 “%1”(으)로 저장된 비밀을 제거할 수 없습니다. 다시 시도하거나 키 모음 관리자(암호 및 키, KWalletManager)에서 제거하세요.',
    "No keychain service is reachable, so the secret was not saved. Start your desktop's keyring (GNOME Keyring, KWallet) and try again; you will be asked for it again next time.":
        '연결할 수 있는 키 집합 서비스가 없어 비밀을 저장하지 않았습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하세요. 다음에 비밀을 다시 묻습니다.',
    "No keychain service is reachable, so the saved secret could not be read. Start your desktop's keyring (GNOME Keyring, KWallet) and try again, or enter the secret again.":
        '연결할 수 있는 키 집합 서비스가 없어 저장된 비밀을 읽을 수 없습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하거나 비밀을 다시 입력하세요.',
    "No keychain service is reachable, so the secret could not be removed from it. Start your desktop's keyring (GNOME Keyring, KWallet) and try again.":
        '연결할 수 있는 키 집합 서비스가 없어 비밀을 제거할 수 없습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하세요.',
    'The keychain request failed.': '키 집합 요청이 실패했습니다.',
    'The secret has no name to be kept under in the keychain.': '키 집합에 저장할 비밀의 이름이 없습니다.',

    # Issue 3: compute types and what they can be used for (seed 000's capability table).
    'Remote virtual machine': '원격 가상 머신',
    'HDInsight': 'HDInsight',
    'Databricks': 'Databricks',
    'Data Lake Analytics': 'Data Lake Analytics',
    'Kubernetes': 'Kubernetes',
    'Slurm cluster': 'Slurm 클러스터',
    '%1 can be used only as a step of a pipeline.': '%1은(는) 파이프라인의 단계로만 사용할 수 있습니다.',
    'An inference cluster hosts deployed models; it does not run training scripts. Use a compute cluster.':
        '유추 클러스터는 배포된 모델을 호스트하며 학습 스크립트를 실행하지 않습니다. 컴퓨팅 클러스터를 사용하세요.',
    'Compute instances do not support distributed training. Submit the run to a compute cluster.':
        '컴퓨팅 인스턴스는 분산 학습을 지원하지 않습니다. 실행을 컴퓨팅 클러스터에 제출하세요.',
    '%1 does not support distributed training. Submit the run to a compute cluster.':
        '%1은(는) 분산 학습을 지원하지 않습니다. 실행을 컴퓨팅 클러스터에 제출하세요.',
    '%1 cannot be used for hyperparameter tuning.': '%1은(는) 하이퍼 매개 변수 튜닝에 사용할 수 없습니다.',
    '%1 cannot be used for automated ML.': '%1은(는) 자동화된 ML에 사용할 수 없습니다.',
    'The local machine cannot be used in pipelines. Use a compute cluster or a remote virtual machine.':
        '로컬 컴퓨터는 파이프라인에서 사용할 수 없습니다. 컴퓨팅 클러스터나 원격 가상 머신을 사용하세요.',
    '%1 cannot be used in pipelines.': '%1은(는) 파이프라인에서 사용할 수 없습니다.',
    'The local machine': '로컬 컴퓨터',
    'maybe': '경우에 따라',
    'only': '전용',
    'GPU: %1 · Hyperparameter tuning: %2 · Automated ML: %3 · Pipelines: %4':
        'GPU: %1 · 하이퍼 매개 변수 튜닝: %2 · 자동화된 ML: %3 · 파이프라인: %4',
    'GPU': 'GPU',
    'if the machine has one': '컴퓨터에 있는 경우',
    'pipeline steps only': '파이프라인 단계 전용',
    'training runs': '학습 실행',
    'distributed training': '분산 학습',
    'hyperparameter tuning': '하이퍼 매개 변수 튜닝',
    'pipelines': '파이프라인',
    'automated ML': '자동화된 ML',
    'hosting deployed models': '배포된 모델 호스팅',
    'Can be used for': '사용 용도',

    # Issue 3: compute specs in YAML.
    'Line %1: %2': '%1행: %2',
    '%1 must be text.': '%1은(는) 텍스트여야 합니다.',
    '%1 must be a whole number, not “%2”.': '%1은(는) “%2”이(가) 아니라 정수여야 합니다.',
    '%1 must be true or false, not “%2”.': '%1은(는) “%2”이(가) 아니라 true 또는 false여야 합니다.',
    '%1 must be one of %2, not “%3”.': '%1은(는) “%3”이(가) 아니라 %2 중 하나여야 합니다.',
    '%1 must be a mapping of keys to values.': '%1은(는) 키와 값의 매핑이어야 합니다.',
    '%1 must be a list.': '%1은(는) 목록이어야 합니다.',
    'Unknown key “%1”. Known keys here: %2.': '알 수 없는 키 “%1”. 여기에서 사용할 수 있는 키: %2.',
    'The spec has no “type”. Give one of: %1.': '사양에 “type”이 없습니다. 다음 중 하나를 지정하세요: %1.',
    'Unknown compute type “%1”. Give one of: %2.': '알 수 없는 컴퓨팅 유형 “%1”. 다음 중 하나를 지정하세요: %2.',
    'The YAML is not valid at line %1, column %2: %3.': 'YAML이 %1행 %2열에서 올바르지 않습니다: %3.',
    'A compute spec is a YAML mapping (key: value lines), starting with “name:” and “type:”.':
        '컴퓨팅 사양은 “name:”과 “type:”으로 시작하는 YAML 매핑(key: value 줄)입니다.',
    'The YAML could not be read at line %1: %2.': '%1행에서 YAML을 읽을 수 없습니다: %2.',
    'Could not read %1: %2.': '%1을(를) 읽을 수 없습니다: %2.',
    '%1 is too large to be a compute spec (over 1 MiB).': '%1은(는) 컴퓨팅 사양으로 사용하기에 너무 큽니다(1MiB 초과).',
    'Secrets are kept in the OS keychain, never in files: %1': '비밀은 파일이 아니라 OS 키 집합에만 보관됩니다: %1',
    'The stored spec of %1 could not be read.': '저장된 %1의 사양을 읽을 수 없습니다.',

    # Issue 3: validation (field rules as the studio's forms state them, seed 001).
    'The %1 %2 does not exist.': '%1 %2이(가) 없습니다.',
    'The %1 %2 is not a file.': '%1 %2은(는) 파일이 아닙니다.',
    'The %1 %2 cannot be read: check its permissions.': '%1 %2을(를) 읽을 수 없습니다. 권한을 확인하세요.',
    'Choose a virtual machine size.': '가상 머신 크기를 선택하세요.',
    'The size %1 is not offered here. Choose one of: %2.': '크기 %1은(는) 여기에서 제공되지 않습니다. 다음 중 하나를 선택하세요: %2.',
    'The size %1 is not offered here. Choose one of the listed sizes.':
        '크기 %1은(는) 여기에서 제공되지 않습니다. 목록에 있는 크기 중 하나를 선택하세요.',
    'The size %1 has no GPU. Choose a GPU size or set the virtual machine type to CPU.':
        '크기 %1에는 GPU가 없습니다. GPU 크기를 선택하거나 가상 머신 유형을 CPU로 설정하세요.',
    'The size %1 is a GPU size. Choose a CPU size or set the virtual machine type to GPU.':
        '크기 %1은(는) GPU 크기입니다. CPU 크기를 선택하거나 가상 머신 유형을 GPU로 설정하세요.',
    'Enter the name of the existing virtual network.': '기존 가상 네트워크의 이름을 입력하세요.',
    'Enter the subnet of the virtual network.': '가상 네트워크의 서브넷을 입력하세요.',
    'A subnet needs its virtual network: enter the virtual network name too.':
        '서브넷에는 가상 네트워크가 필요합니다. 가상 네트워크 이름도 입력하세요.',
    'Enter the subnet of the virtual network %1.': '가상 네트워크 %1의 서브넷을 입력하세요.',
    'A resource group is only used with a virtual network: enter the virtual network name too, or clear the resource group.':
        '리소스 그룹은 가상 네트워크와 함께만 사용됩니다. 가상 네트워크 이름도 입력하거나 리소스 그룹을 지우세요.',
    'Enter the administrator user name for SSH.': 'SSH용 관리자 사용자 이름을 입력하세요.',
    'This is not an OpenSSH public key. Paste one line such as “ssh-ed25519 AAAA… user@host” (the contents of a .pub file).':
        'OpenSSH 공개 키가 아닙니다. “ssh-ed25519 AAAA… user@host”와 같은 한 줄(.pub 파일의 내용)을 붙여 넣으세요.',
    'With SSH access enabled, give an SSH public key or an administrator password.':
        'SSH 액세스를 사용하는 경우 SSH 공개 키나 관리자 암호를 지정하세요.',
    'With SSH access enabled, give the SSH public key to log in with.':
        'SSH 액세스를 사용하는 경우 로그인에 사용할 SSH 공개 키를 지정하세요.',
    'Add at least one user-assigned identity (its resource id).': '사용자 할당 ID를 하나 이상 추가하세요(리소스 ID로 지정).',
    'User-assigned identities are listed, but the identity type is not user-assigned.':
        '사용자 할당 ID가 나열되어 있지만 ID 유형이 사용자 할당이 아닙니다.',
    "Enter the cluster's address: <cluster>.azurehdinsight.net or an IP address.":
        '클러스터의 주소로 <cluster>.azurehdinsight.net 또는 IP 주소를 입력하세요.',
    "Enter the machine's address: a host name (FQDN) or an IP address.":
        '컴퓨터의 주소로 호스트 이름(FQDN) 또는 IP 주소를 입력하세요.',
    '%1 is neither a host name nor an IP address.': '%1은(는) 호스트 이름도 IP 주소도 아닙니다.',
    'HDInsight addresses usually have the form <cluster>.azurehdinsight.net.':
        'HDInsight 주소는 보통 <cluster>.azurehdinsight.net 형식입니다.',
    'The SSH port must be between 1 and 65535 (usually 22).': 'SSH 포트는 1에서 65535 사이여야 합니다(보통 22).',
    'Enter the user name to log in with.': '로그인에 사용할 사용자 이름을 입력하세요.',
    'Give a password or a private key file. A key is safer: passwords can be guessed by brute force.':
        '암호나 프라이빗 키 파일을 지정하세요. 키가 더 안전합니다. 암호는 무차별 암호 대입 공격에 취약합니다.',
    'Use either a password or a private key file, not both.': '암호와 프라이빗 키 파일 중 하나만 사용하세요.',
    'private key file': '프라이빗 키 파일',
    'A passphrase belongs to a private key file: choose the key file or clear the passphrase.':
        '암호 문구는 프라이빗 키 파일에 속합니다. 키 파일을 선택하거나 암호 문구를 지우세요.',
    'Enter a compute name.': '컴퓨팅 이름을 입력하세요.',
    'The name can contain only letters, digits and hyphens (-).': '이름에는 문자, 숫자 및 하이픈(-)만 사용할 수 있습니다.',
    'The name must start with a letter.': '이름은 문자로 시작해야 합니다.',
    'The name must be %1 to %2 characters long (now %3).': '이름은 %1~%2자여야 합니다(현재 %3자).',
    'A hyphen must be followed by a letter or digit: the name cannot end with “-”.':
        '하이픈 뒤에는 문자나 숫자가 와야 합니다. 이름은 “-”로 끝날 수 없습니다.',
    'The name cannot end with a hyphen followed only by digits (like “-1”): put a letter after the hyphen.':
        '이름은 하이픈 뒤에 숫자만 오는 형태(예: “-1”)로 끝날 수 없습니다. 하이픈 뒤에 문자를 넣으세요.',
    "The name does not match the service's rule %1.": '이름이 서비스 규칙 %1과(와) 일치하지 않습니다.',
    'A compute named %1 already exists in this workspace. Choose another name: creating this one will be refused.':
        '이 작업 영역에 이름이 %1인 컴퓨팅이 이미 있습니다. 다른 이름을 선택하세요. 이 이름으로는 만들 수 없습니다.',
    'Name the provider that backs this compute (for example “local”).': '이 컴퓨팅을 지원하는 공급자를 지정하세요(예: “local”).',
    'The idle time before shutdown cannot be negative (0 turns it off).': '종료 전 유휴 시간은 음수일 수 없습니다(0이면 사용 안 함).',
    '“%1” is not a cron expression: give five fields (minute hour day-of-month month day-of-week), for example “0 18 * * 1-5”.':
        '“%1”은(는) cron 식이 아닙니다. 다섯 개의 필드(분 시 일 월 요일)를 지정하세요(예: “0 18 * * 1-5”).',
    'The minimum number of nodes cannot be negative.': '최소 노드 수는 음수일 수 없습니다.',
    'The maximum number of nodes must be at least 1.': '최대 노드 수는 1 이상이어야 합니다.',
    'The minimum number of nodes (%1) cannot be more than the maximum (%2).': '최소 노드 수(%1)는 최대 노드 수(%2)보다 클 수 없습니다.',
    'The idle seconds before scale down cannot be negative.': '규모 축소 전 유휴 시간(초)은 음수일 수 없습니다.',
    'Choose the existing Kubernetes service to use.': '사용할 기존 Kubernetes Service를 선택하세요.',
    'The number of nodes must be at least 1.': '노드 수는 1 이상이어야 합니다.',
    'Nodes × vCPUs must be at least 12: %1 nodes of %2 (%3 vCPUs) give %4. Use at least %5 nodes or a larger size.':
        '노드 수 × vCPU가 12 이상이어야 합니다. %2(vCPU %3개) 노드 %1개는 %4입니다. 노드를 %5개 이상 사용하거나 더 큰 크기를 선택하세요.',
    'The vCPUs of %1 are not known here, so the rule nodes × vCPUs ≥ 12 could not be checked.':
        '여기에서는 %1의 vCPU 수를 알 수 없으므로 노드 수 × vCPU ≥ 12 규칙을 확인할 수 없습니다.',
    'Enter the domain name (CNAME) the SSL certificate is for.': 'SSL 인증서의 대상 도메인 이름(CNAME)을 입력하세요.',
    'Choose the SSL certificate file (PEM).': 'SSL 인증서 파일(PEM)을 선택하세요.',
    'certificate file': '인증서 파일',
    'Choose the SSL key file (PEM).': 'SSL 키 파일(PEM)을 선택하세요.',
    'key file': '키 파일',
    'A virtual machine name must be shorter than 64 characters (now %1).': '가상 머신 이름은 64자 미만이어야 합니다(현재 %1자).',
    'A virtual machine name cannot contain %1.': '가상 머신 이름에는 %1을(를) 사용할 수 없습니다.',
    'Enter the name of the Databricks workspace.': 'Databricks 작업 영역의 이름을 입력하세요.',
    'Enter the resource group of the Databricks workspace.': 'Databricks 작업 영역의 리소스 그룹을 입력하세요.',
    'Enter a Databricks access token.': 'Databricks 액세스 토큰을 입력하세요.',
    'Enter the resource group of the Data Lake Analytics account.': 'Data Lake Analytics 계정의 리소스 그룹을 입력하세요.',
    'Enter the name of the Data Lake Analytics account.': 'Data Lake Analytics 계정 이름을 입력하세요.',
    "Give the Kubernetes cluster's resource id or a kubeconfig file.": 'Kubernetes 클러스터의 리소스 ID나 kubeconfig 파일을 지정하세요.',
    'kubeconfig file': 'kubeconfig 파일',
    'A namespace has 1 to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.':
        '네임스페이스는 1~63자의 소문자, 숫자 및 하이픈으로 구성되며 문자나 숫자로 시작하고 끝나야 합니다.',
    '%1 cannot be changed after creation.': '%1은(는) 만든 후에 변경할 수 없습니다.',
    'The compute type': '컴퓨팅 유형',
    'The name': '이름',
    'The provider': '공급자',
    'The virtual machine type': '가상 머신 유형',
    'The virtual machine size': '가상 머신 크기',
    'SSH access': 'SSH 액세스',
    'The virtual machine priority': '가상 머신 우선 순위',
    'The virtual network': '가상 네트워크',

    # Issue 3: the create and attach forms (labels and help as seed 001's field tables).
    'View &YAML': 'YAML 보기(&Y)',
    'Show the spec this form will send, as YAML (secrets left out).': '이 양식이 보낼 사양을 YAML로 표시합니다(비밀 제외).',
    '&Load YAML…': 'YAML 불러오기(&L)…',
    'Fill the form from a YAML spec file (the format `cstudio compute export` writes).':
        'YAML 사양 파일(`cstudio compute export`가 쓰는 형식)로 양식을 채웁니다.',
    'Cancel': '취소',
    'Close the form without creating anything (Esc).': '아무것도 만들지 않고 양식을 닫습니다(Esc).',
    'e.g. my-compute': '예: my-compute',
    'Compute &name:': '컴퓨팅 이름(&N):',
    'P&rovider:': '공급자(&R):',
    'The backend that creates this compute and runs work on it. “local” is this machine and the default; a provider that cannot back this kind of compute is named in a warning.':
        '이 컴퓨팅을 만들고 그 위에서 작업을 실행하는 백 엔드입니다. “local”은 이 컴퓨터이며 기본값입니다. 이 유형의 컴퓨팅을 지원하지 않는 공급자를 선택하면 경고가 표시됩니다.',
    'Not yet: fix these first.': '아직 할 수 없습니다. 먼저 다음 문제를 해결하세요.',
    'Still needed: %1.': '아직 필요한 항목: %1.',
    'YAML': 'YAML',
    'YAML of %1': '%1의 YAML',
    'YAML spec': 'YAML 사양',
    'Save it as a .yml file to use it with `cstudio compute create -f FILE` or Load YAML. Passwords, passphrases and tokens are never included.':
        '.yml 파일로 저장하면 `cstudio compute create -f FILE`이나 YAML 불러오기에 사용할 수 있습니다. 암호, 암호 문구, 토큰은 포함되지 않습니다.',
    '&Copy': '복사(&C)',
    'Close': '닫기',
    'Copied': '복사됨',
    'Load YAML': 'YAML 불러오기',
    'YAML files (*.yml *.yaml);;All files (*)': 'YAML 파일 (*.yml *.yaml);;모든 파일 (*)',
    'Could not load %1: %2': '%1을(를) 불러올 수 없습니다: %2',
    'The form was left as it was.': '양식은 변경되지 않았습니다.',
    '%1 describes a %2 (type: %3); this form is for %4. The form was left as it was.':
        '%1은(는) %2(type: %3)을(를) 설명하지만 이 양식은 %4용입니다. 양식은 변경되지 않았습니다.',
    'Loaded %1.': '%1을(를) 불러왔습니다.',
    'Loaded %1, but some of it could not be used; the form shows the rest:':
        '%1을(를) 불러왔지만 일부는 사용할 수 없습니다. 나머지는 양식에 표시됩니다:',
    '&Create': '만들기(&C)',
    'Same as the workspace': '작업 영역과 동일',
    'C&PU': 'C&PU',
    '&GPU': '&GPU',
    'Virtual machine &type:': '가상 머신 유형(&T):',
    'Virtual machine &size:': '가상 머신 크기(&S):',
    '&Enable SSH access': 'SSH 액세스 사용(&E)',
    'SSH access:': 'SSH 액세스:',
    'ssh-ed25519 AAAA… user@host': 'ssh-ed25519 AAAA… user@host',
    '&Advanced settings': '고급 설정(&A)',
    'Resource &group:': '리소스 그룹(&G):',
    'Reso&urce group:': '리소스 그룹(&U):',
    '&Virtual network:': '가상 네트워크(&V):',
    'Subne&t:': '서브넷(&T):',
    'Su&bnet:': '서브넷(&B):',
    'Pa&ssword:': '암호(&S):',
    'Required. 3 to 24 characters: letters, digits and hyphens (-). It must start with a letter, and a hyphen must be followed by at least one more character. The name must be unique among the computes of the region: a warning says when it is not.':
        '필수. 문자, 숫자 및 하이픈(-)으로 된 3~24자입니다. 이름은 문자로 시작해야 하며, 하이픈 뒤에는 문자가 하나 이상 있어야 합니다. 이름은 지역 내 모든 컴퓨팅에서 고유해야 하며, 고유하지 않으면 경고가 표시됩니다.',
    'Required. 2 to 16 characters: letters, digits and hyphens (-). It must start with a letter, and a hyphen must be followed by at least one more character. The name must be unique among the computes of the region: a warning says when it is not.':
        '필수. 문자, 숫자 및 하이픈(-)으로 된 2~16자입니다. 이름은 문자로 시작해야 하며, 하이픈 뒤에는 문자가 하나 이상 있어야 합니다. 이름은 지역 내 모든 컴퓨팅에서 고유해야 하며, 고유하지 않으면 경고가 표시됩니다.',
    'CPU or GPU. The type cannot be changed after the compute is created.': 'CPU 또는 GPU입니다. 컴퓨팅을 만든 후에는 유형을 변경할 수 없습니다.',
    'Cannot be changed after creation.': '만든 후에는 변경할 수 없습니다.',
    'The virtual machine size: its cores (vCPUs), memory and GPUs. Supported sizes may be limited by region and quota; the list shows what this provider offers.':
        '가상 머신 크기입니다. 크기에 따라 코어 수(vCPU), 메모리, GPU가 정해집니다. 지원되는 크기는 지역 및 할당량에 따라 제한될 수 있으며, 목록에는 이 공급자가 제공하는 크기가 표시됩니다.',
    'SSH access is disabled by default and cannot be changed after creation. Enable it to connect with SSH, for example to debug interactively with VS Code Remote.':
        'SSH 액세스는 기본적으로 사용하지 않도록 설정되어 있으며 만든 후에는 변경할 수 없습니다. SSH로 연결하려면(예: VS Code 원격으로 대화형 디버깅) 사용하도록 설정하세요.',
    'Off by default; cannot be changed after creation.': '기본적으로 꺼져 있으며 만든 후에는 변경할 수 없습니다.',
    'SSH access uses a public/private key pair: give your OpenSSH public key (one line such as the contents of ~/.ssh/id_ed25519.pub) and connect with the matching private key.':
        'SSH 액세스에는 공개/프라이빗 키 쌍이 사용됩니다. OpenSSH 공개 키(~/.ssh/id_ed25519.pub의 내용과 같은 한 줄)를 입력하고, 짝이 되는 프라이빗 키로 연결하세요.',
    'Optional. The resource group of an existing virtual network to create the compute in.':
        '선택 사항. 컴퓨팅을 만들 기존 가상 네트워크의 리소스 그룹입니다.',
    'Optional. The name of an existing virtual network (VNet) to create the compute in. It must be in the same region as the workspace.':
        '선택 사항. 컴퓨팅을 만들 기존 가상 네트워크(VNet)의 이름입니다. 작업 영역과 같은 지역에 있어야 합니다.',
    "The subnet within the virtual network. The compute gets IP addresses from the subnet's range.":
        '가상 네트워크 내의 서브넷입니다. 컴퓨팅에 서브넷 범위의 IP 주소가 할당됩니다.',
    'Expanded': '확장됨',
    'Collapsed': '축소됨',
    'Browse…': '찾아보기…',
    'Choose a file': '파일 선택',
    'All files (*)': '모든 파일 (*)',
    'vCPUs': 'vCPU',
    'Memory (GiB)': '메모리(GiB)',
    'GPUs': 'GPU',
    'Filter sizes by name': '이름으로 크기 필터링',
    'Filter virtual machine sizes': '가상 머신 크기 필터링',
    'Virtual machine sizes': '가상 머신 크기',
    'Size name, e.g. Standard_DS3_v2': '크기 이름(예: Standard_DS3_v2)',
    'Family: %1': '제품군: %1',
    'Selected: %1 (hidden by the filter)': '선택됨: %1(필터로 숨겨짐)',
    'Selected: %1 (not offered by this provider)': '선택됨: %1(이 공급자가 제공하지 않음)',
    'No size matches.': '일치하는 크기가 없습니다.',

    # Compute instance form.
    'New compute instance': '새 컴퓨팅 인스턴스',
    'From file…': '파일에서…',
    'Read the public key from a .pub file.': '.pub 파일에서 공개 키를 읽습니다.',
    'SSH public &key:': 'SSH 공개 키(&K):',
    'Never': '안 함',
    ' minutes': '분',
    '&Idle shutdown after:': '유휴 상태 종료 시간(&I):',
    'Stop the instance after it has been idle this many minutes, so it does not cost compute while unused. A stopped instance keeps its quota and can be started again. Never: keep it running.':
        '인스턴스가 지정한 시간(분) 동안 유휴 상태이면 중지하여 사용하지 않는 동안 컴퓨팅 비용이 발생하지 않게 합니다. 중지된 인스턴스는 할당량을 유지하며 다시 시작할 수 있습니다. 안 함: 계속 실행합니다.',
    'Optional: the provider, and a virtual network to create the instance in.': '선택 사항: 공급자, 인스턴스를 만들 가상 네트워크.',
    'Choose a public key': '공개 키 선택',
    'Public keys (*.pub);;All files (*)': '공개 키 (*.pub);;모든 파일 (*)',
    'Public key': '공개 키',
    'Could not read %1: %2': '%1을(를) 읽을 수 없습니다: %2',

    # Compute cluster form.
    'New compute cluster': '새 컴퓨팅 클러스터',
    'Step 1 of 2: Virtual machine': '1/2단계: 가상 머신',
    'Step 2 of 2: Advanced settings': '2/2단계: 고급 설정',
    'L&ocation:': '위치(&O):',
    "The region to create the compute cluster in. By default the same location as the workspace. Another region than the workspace's or its data's can add network latency and data transfer costs, both when the cluster is created and when jobs run on it.":
        '컴퓨팅 클러스터를 만들 지역입니다. 기본적으로 작업 영역과 동일한 위치입니다. 작업 영역이나 데이터와 다른 지역을 사용하면 네트워크 대기 시간 및 데이터 전송 비용이 증가할 수 있으며, 이는 클러스터를 만들 때와 클러스터에서 작업을 실행할 때 모두 발생할 수 있습니다.',
    '&Dedicated': '전용(&D)',
    'Lo&w priority': '낮은 우선 순위(&W)',
    'Nodes are yours for as long as the cluster has them.': '클러스터에 노드가 있는 동안 계속 사용할 수 있습니다.',
    'Cheaper, but compute nodes are not guaranteed: jobs may be preempted.':
        '더 저렴하지만 컴퓨팅 노드를 보장하지 않습니다. 작업이 선점될 수 있습니다.',
    'Virtual machine p&riority:': '가상 머신 우선 순위(&R):',
    'Dedicated or Low priority. Low-priority virtual machines are cheaper but compute nodes are not guaranteed: jobs may be preempted.':
        '전용 또는 낮은 우선 순위입니다. 우선 순위가 낮은 가상 머신은 더 저렴하지만 컴퓨팅 노드를 보장하지 않습니다. 작업이 선점될 수 있습니다.',
    'Low priority: cheaper, but jobs may be preempted.': '낮은 우선 순위: 더 저렴하지만 작업이 선점될 수 있습니다.',
    '&Minimum number of nodes:': '최소 노드 수(&M):',
    'The minimum number of nodes to provision. For dedicated nodes kept ready, set that number here. With 0 the cluster costs nothing for nodes while it is idle.':
        '프로비전할 최소 노드 수입니다. 항상 준비된 전용 노드가 필요하면 여기에 그 수를 설정합니다. 0으로 설정하면 클러스터가 유휴 상태일 때 노드 비용이 발생하지 않습니다.',
    '0: no cost while idle.': '0: 유휴 상태일 때 비용 없음.',
    'Ma&ximum number of nodes:': '최대 노드 수(&X):',
    'The maximum number of nodes to provision. The cluster scales up to this number automatically when jobs are submitted.':
        '프로비전할 최대 노드 수입니다. 작업이 제출되면 클러스터가 이 노드 수까지 자동으로 확장됩니다.',
    ' seconds': '초',
    '&Idle seconds before scale down:': '규모 축소 전 유휴 시간(&I):',
    'How long the cluster stays idle before it scales down to the minimum number of nodes (default 120 seconds).':
        '클러스터의 규모를 최소 노드 수로 축소하기 전 유휴 시간입니다(기본값 120초).',
    'Admin &user name:': '관리자 사용자 이름(&U):',
    'The user name for SSH connections to the nodes.': '노드에 SSH로 연결할 때 사용할 사용자 이름입니다.',
    'SSH public key': 'SSH 공개 키',
    'Password': '암호',
    'Sign in &with:': '로그인 방법(&W):',
    'An SSH public key, or a password. SSH keys are safer: passwords are open to brute-force attacks.':
        'SSH 공개 키 또는 암호입니다. SSH 키가 더 안전합니다. 암호는 무차별 암호 대입 공격에 취약합니다.',
    '&Public key:': '공개 키(&P):',
    'The password of the admin user. It is kept in the system keychain, never in the workspace or in YAML files.':
        '관리자 사용자의 암호입니다. 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.',
    'Optional: the provider, a virtual network to create the cluster in, and a managed identity.':
        '선택 사항: 공급자, 클러스터를 만들 가상 네트워크, 관리 ID.',
    'System-assigned': '시스템 할당',
    'User-assigned': '사용자 할당',
    'Managed i&dentity:': '관리 ID(&D):',
    'A managed identity gives the cluster access to other resources without credentials in your code: system-assigned (made for this cluster) or user-assigned (identities you created).':
        '관리 ID를 사용하면 코드에 자격 증명을 넣지 않고도 클러스터가 다른 리소스에 액세스할 수 있습니다. 시스템 할당(이 클러스터용으로 만들어진 ID) 또는 사용자 할당(직접 만든 ID)을 선택합니다.',
    'One resource id per line': '한 줄에 리소스 ID 하나',
    'Identity res&ource ids:': '관리 ID 리소스 ID(&O):',
    'The resource ids of the user-assigned identities, one per line.': '사용자 할당 ID의 리소스 ID입니다. 한 줄에 하나씩 입력합니다.',
    '&Back': '뒤로(&B)',
    '&Next': '다음(&N)',
    'Go on to the advanced settings: name, nodes, SSH access.': '고급 설정(이름, 노드, SSH 액세스)으로 진행합니다.',

    # Inference cluster form.
    'New inference cluster': '새 유추 클러스터',
    'Create new': '새로 만들기',
    'Use existing': '기존 항목 사용',
    '&Kubernetes service:': 'Kubernetes Service(&K):',
    'Create new: a new Kubernetes service cluster, described by the rest of the form. Use existing: an existing Kubernetes service cluster of your subscription.':
        '새로 만들기: 양식의 나머지 부분에서 설명하는 새 Kubernetes Service 클러스터를 만듭니다. 기존 항목 사용: 구독에 있는 기존 Kubernetes Service 클러스터를 사용합니다.',
    'E&xisting service:': '기존 서비스(&X):',
    'The name of the existing Kubernetes service cluster to use.': '사용할 기존 Kubernetes Service 클러스터의 이름입니다.',
    'Regi&on:': '지역(&O):',
    "The region the cluster is created in. Empty: the workspace's.": '클러스터를 만들 지역입니다. 비워 두면 작업 영역의 지역을 사용합니다.',
    'Production': '프로덕션',
    'Dev-test': '개발-테스트',
    'Cluster &purpose:': '클러스터 용도(&P):',
    'Production for models served to users; Dev-test for developing and testing deployments.':
        '프로덕션은 사용자에게 제공하는 모델용이고, 개발-테스트는 배포를 개발하고 테스트하는 용도입니다.',
    'N&umber of nodes:': '노드 수(&U):',
    "The number of nodes. The number of nodes times the virtual machine's cores (vCPUs) must be 12 or more.":
        '노드 수입니다. 노드 수에 가상 머신의 코어 수(vCPU)를 곱한 값이 12보다 크거나 같아야 합니다.',
    'Nodes × vCPUs must be at least 12.': '노드 수 × vCPU가 12 이상이어야 합니다.',
    'Basic': '기본',
    'Advanced': '고급',
    'Net&work configuration:': '네트워크 구성(&W):',
    'Basic: the cluster gets a network of its own. Advanced: create the cluster inside an existing virtual network.':
        '기본: 클러스터에 자체 네트워크가 할당됩니다. 고급: 기존 가상 네트워크 내에 클러스터를 만듭니다.',
    '&Enable SSL configuration': 'SSL 구성 사용(&E)',
    'SSL:': 'SSL:',
    'Enable to configure an SSL certificate on the compute, so that its web services are reached over HTTPS.':
        '컴퓨팅에 SSL 인증서를 구성하여 웹 서비스에 HTTPS로 연결할 수 있게 하려면 사용하도록 설정합니다.',
    'e.g. models.example.com': '예: models.example.com',
    'CN&AME:': 'CN&AME:',
    'The domain name (CNAME) the certificate is for.': '인증서의 대상 도메인 이름(CNAME)입니다.',
    'PEM files (*.pem *.crt *.cer *.key)': 'PEM 파일 (*.pem *.crt *.cer *.key)',
    'Choose the SSL certificate': 'SSL 인증서 선택',
    'Certi&ficate file:': '인증서 파일(&F):',
    'The SSL certificate file (PEM).': 'SSL 인증서 파일(PEM)입니다.',
    'Choose the SSL key': 'SSL 키 선택',
    'Key f&ile:': '키 파일(&I):',
    'The private key file (PEM) of the SSL certificate.': 'SSL 인증서의 프라이빗 키 파일(PEM)입니다.',

    # Attach form.
    'Attach compute': '컴퓨팅 연결',
    '&Attach': '연결(&A)',
    'Required. The name this workspace gives the attached compute: letters, digits and hyphens (-), starting with a letter.':
        '필수. 이 작업 영역에서 연결된 컴퓨팅에 붙이는 이름입니다. 문자, 숫자 및 하이픈(-)을 사용할 수 있으며 문자로 시작해야 합니다.',
    'Compute &type:': '컴퓨팅 유형(&T):',
    'The kind of compute to attach. Not every kind can be used for everything: the note below says what this one can do.':
        '연결할 컴퓨팅의 유형입니다. 모든 유형을 모든 용도에 사용할 수 있는 것은 아닙니다. 아래 메모에서 이 유형으로 할 수 있는 작업을 확인하세요.',
    'A&ddress:': '주소(&D):',
    "The machine's fully qualified domain name (FQDN) or public IP address.": '컴퓨터의 FQDN(정규화된 도메인 이름) 또는 공용 IP 주소입니다.',
    'SSH &port:': 'SSH 포트(&P):',
    "The port the machine's SSH server listens on (22 by default).": '컴퓨터의 SSH 서버가 수신 대기하는 포트입니다(기본값 22).',
    '&User name:': '사용자 이름(&U):',
    "The SSH user to log in as (for HDInsight, the cluster's SSH user chosen when it was created).":
        '로그인할 SSH 사용자입니다(HDInsight의 경우 클러스터를 만들 때 지정한 SSH 사용자).',
    'Private &key file': '프라이빗 키 파일(&K)',
    'Pass&word': '암호(&W)',
    'Authentication:': '인증:',
    'Log in with a private key file or a password. SSH keys are recommended: passwords can be guessed by brute force, while keys use cryptographic signatures.':
        '프라이빗 키 파일이나 암호로 로그인합니다. SSH 키를 권장합니다. 암호는 무차별 암호 대입 공격에 취약한 반면, SSH 키는 암호화 서명을 사용합니다.',
    'SSH keys are safer than passwords.': 'SSH 키가 암호보다 안전합니다.',
    'Choose the private key': '프라이빗 키 선택',
    'e.g. ~/.ssh/id_ed25519': '예: ~/.ssh/id_ed25519',
    'Private key &file:': '프라이빗 키 파일(&F):',
    'The SSH private key file to log in with, e.g. ~/.ssh/id_ed25519.': '로그인에 사용할 SSH 프라이빗 키 파일입니다(예: ~/.ssh/id_ed25519).',
    'Only if the key has one': '키에 암호 문구가 있는 경우에만',
    'Pa&ssphrase:': '암호 문구(&S):',
    'The passphrase of the private key, if it has one. It is kept in the system keychain, never in the workspace or in YAML files.':
        '프라이빗 키의 암호 문구입니다(있는 경우). 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.',
    "The SSH user's password. It is kept in the system keychain, never in the workspace or in YAML files.":
        'SSH 사용자의 암호입니다. 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.',
    'Optional': '선택 사항',
    'Virtual &machine name:': '가상 머신 이름(&M):',
    'Optional: the virtual machine\'s own name (for a Data Science VM: shorter than 64 characters, without ` ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \\ | ; : \' " , < > / ?).':
        '선택 사항: 가상 머신 자체의 이름입니다(Data Science VM의 경우 64자 미만이어야 하며 ` ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \\ | ; : \' " , < > / ?는 사용할 수 없음).',
    "The cluster's default": '클러스터 기본값',
    'Partit&ion:': '파티션(&I):',
    "The Slurm partition jobs are submitted to. Empty: the cluster's default partition.":
        '작업을 제출할 Slurm 파티션입니다. 비워 두면 클러스터의 기본 파티션을 사용합니다.',
    'A&ccount:': '계정(&C):',
    'The Slurm account jobs are charged to (optional).': '작업 사용량이 청구되는 Slurm 계정입니다(선택 사항).',
    'Databricks &workspace:': 'Databricks 작업 영역(&W):',
    'The name of the Azure Databricks workspace.': 'Azure Databricks 작업 영역의 이름입니다.',
    'The resource group that contains the Databricks workspace.': 'Databricks 작업 영역을 포함하는 리소스 그룹입니다.',
    'Access to&ken:': '액세스 토큰(&K):',
    'The access token used to authenticate with Azure Databricks. It is kept in the system keychain and never shown or written to files.':
        'Azure Databricks에서 인증을 받는 데 사용하는 액세스 토큰입니다. 시스템 키 집합에 보관되며 표시되거나 파일에 기록되지 않습니다.',
    'The resource group that contains the Data Lake Analytics account.': 'Data Lake Analytics 계정을 포함하는 리소스 그룹입니다.',
    'Account na&me:': '계정 이름(&M):',
    'The name of the Data Lake Analytics account.': 'Data Lake Analytics 계정 이름입니다.',
    '/subscriptions/…/resourceGroups/…/providers/…/managedClusters/…':
        '/subscriptions/…/resourceGroups/…/providers/…/managedClusters/…',
    'Resource &id:': '리소스 ID(&I):',
    'The resource id of the Kubernetes cluster (an AKS or Azure Arc-enabled cluster). Give it or a kubeconfig file.':
        'Kubernetes 클러스터(AKS 또는 Azure Arc 사용 클러스터)의 리소스 ID입니다. 리소스 ID나 kubeconfig 파일 중 하나를 지정하세요.',
    'Choose a kubeconfig file': 'kubeconfig 파일 선택',
    '&Kubeconfig file:': 'kubeconfig 파일(&K):',
    "A kubeconfig file that reaches the cluster's API server. Give it or the resource id.":
        '클러스터의 API 서버에 연결할 수 있는 kubeconfig 파일입니다. kubeconfig 파일이나 리소스 ID 중 하나를 지정하세요.',
    'Names&pace:': '네임스페이스(&P):',
    "The Kubernetes namespace the compute's work runs in (default: “default”).":
        '컴퓨팅의 작업이 실행되는 Kubernetes 네임스페이스입니다(기본값: “default”).',
    '<cluster>.azurehdinsight.net or an IP address': '<cluster>.azurehdinsight.net 또는 IP 주소',
    'Host name (FQDN) or IP address': '호스트 이름(FQDN) 또는 IP 주소',
    'Only Ubuntu (Linux) machines are supported.': 'Ubuntu(Linux) 컴퓨터만 지원됩니다.',
    "The cluster's URL in its overview, without https://.": '클러스터 개요에 있는 URL에서 https://를 뺀 값입니다.',
    'A login node of the cluster.': '클러스터의 로그인 노드입니다.',

    # Issue 3: the compute page: operations on the selected compute.
    'Operation progress': '작업 진행률',
    'Stop this operation and undo what it has done so far': '이 작업을 중지하고 지금까지 수행한 내용을 되돌립니다',
    '%1…': '%1…',
    '%1… %2': '%1… %2',
    '%1… %2%': '%1… %2%',
    'Detach compute': '컴퓨팅 분리',
    'Delete compute': '컴퓨팅 삭제',
    'Detach %1 from this workspace?': '이 작업 영역에서 %1을(를) 분리하시겠습니까?',
    'Delete %1?': '%1을(를) 삭제하시겠습니까?',
    'The machine itself is not changed; you can attach it again later.': '컴퓨터 자체는 변경되지 않으며 나중에 다시 연결할 수 있습니다.',
    'Its area in the workspace is deleted. Files in the shared user files folder are kept.':
        '작업 영역에 있는 이 컴퓨팅의 영역이 삭제됩니다. 공유 사용자 파일 폴더의 파일은 유지됩니다.',
    'Its settings and the area it keeps in the workspace are deleted.': '이 컴퓨팅의 설정과 작업 영역에 있는 영역이 삭제됩니다.',
    'Detach': '분리',
    'Delete': '삭제',
    '%1 is not a compute cluster.': '%1은(는) 컴퓨팅 클러스터가 아닙니다.',
    'Scale settings of %1': '%1의 크기 조정 설정',
    'Nodes kept even when idle; 0 means no cost while idle.': '유휴 상태일 때도 유지되는 노드 수입니다. 0이면 유휴 상태일 때 비용이 발생하지 않습니다.',
    'The most nodes the cluster scales up to when jobs arrive.': '작업이 들어오면 클러스터가 확장될 수 있는 최대 노드 수입니다.',
    'Seconds a node stays idle before the cluster scales down.': '클러스터의 규모를 축소하기 전에 노드가 유휴 상태로 있는 시간(초)입니다.',
    ' s': '초',
    'Apply': '적용',
    '&Minimum nodes:': '최소 노드 수(&M):',
    'Ma&ximum nodes:': '최대 노드 수(&X):',
    'Start': '시작',
    'Start the selected compute instance': '선택한 컴퓨팅 인스턴스를 시작합니다',
    'Stop': '중지',
    'Stop the selected compute instance: no compute charge while stopped, but its quota stays reserved':
        '선택한 컴퓨팅 인스턴스를 중지합니다. 중지된 동안에는 컴퓨팅 요금이 청구되지 않지만 할당량은 계속 예약됩니다',
    'Restart': '다시 시작',
    'Restart the selected compute instance': '선택한 컴퓨팅 인스턴스를 다시 시작합니다',
    'Scale settings…': '크기 조정 설정…',
    'Change the minimum and maximum nodes and the idle time before scale down':
        '최소 및 최대 노드 수와 규모 축소 전 유휴 시간을 변경합니다',
    'Detach the selected compute from the workspace; the machine itself keeps running':
        '선택한 컴퓨팅을 작업 영역에서 분리합니다. 컴퓨터 자체는 계속 실행됩니다',
    'Delete the selected compute and everything it holds': '선택한 컴퓨팅과 그 안의 모든 항목을 삭제합니다',
    "Operations on this workspace's computes are still running. Open another workspace once they have finished.":
        '이 작업 영역의 컴퓨팅에 대한 작업이 아직 실행 중입니다. 작업이 끝난 후 다른 작업 영역을 여세요.',
    'Operations are running': '작업이 실행 중입니다',
    'Operations on %1 are still running.': '%1에 대한 작업이 아직 실행 중입니다.',
    'If you quit now, the window closes at once and Compute Studio quits once they have finished.':
        '지금 끝내면 창은 바로 닫히고, Compute Studio는 작업이 모두 끝난 뒤에 종료됩니다.',
    'Quit When Done': '작업이 끝나면 끝내기',
    'Keep Open': '열어 두기',

    # Issue 3: cstudio's write commands.
    'The option %1 takes no value.': '옵션 %1에는 값을 지정할 수 없습니다.',
    'Give the spec file with -f SPEC.yml.': '-f SPEC.yml로 사양 파일을 지정하세요.',
    '%1 Creating this compute will fail.': '%1 이 컴퓨팅을 만들면 실패합니다.',
    'This build has no provider named “%1” (it has: %2), so creating this compute will fail.':
        '이 빌드에는 이름이 “%1”인 공급자가 없으므로(있는 공급자: %2) 이 컴퓨팅을 만들면 실패합니다.',
    'error': '오류',
    'warning': '경고',
    'compute validate takes no arguments besides -f SPEC.yml.': 'compute validate에는 -f SPEC.yml 외의 인수를 사용할 수 없습니다.',
    '%1 is valid.': '%1은(는) 유효합니다.',
    '%1: %2% %3': '%1: %2% %3',
    'compute %1 takes no arguments besides -f SPEC.yml.': 'compute %1에는 -f SPEC.yml 외의 인수를 사용할 수 없습니다.',
    'A %1 is created, not attached: use `cstudio compute create`.':
        '%1은(는) 연결하는 것이 아니라 만드는 컴퓨팅입니다. `cstudio compute create`를 사용하세요.',
    'A %1 is made elsewhere and attached: use `cstudio compute attach`.':
        '%1은(는) 다른 곳에서 만들어 연결하는 컴퓨팅입니다. `cstudio compute attach`를 사용하세요.',
    '%1 was not attached.': '%1을(를) 연결하지 않았습니다.',
    '%1 was not created.': '%1을(를) 만들지 않았습니다.',
    'Attached %1.': '%1을(를) 연결했습니다.',
    'Created %1.': '%1을(를) 만들었습니다.',
    'Could not start the background operation.': '백그라운드 작업을 시작할 수 없습니다.',
    'Started creating %1 in the background (process %2). `cstudio compute show %1` shows its state.':
        '백그라운드에서 %1 만들기를 시작했습니다(프로세스 %2). 상태는 `cstudio compute show %1`로 확인할 수 있습니다.',
    'The background operation for %1 did not start. Run the command without --no-wait to see why.':
        '%1에 대한 백그라운드 작업이 시작되지 않았습니다. 원인을 보려면 --no-wait 없이 명령을 실행하세요.',
    'compute %1 needs exactly one compute name.': 'compute %1에는 컴퓨팅 이름이 정확히 하나 필요합니다.',
    'The local machine is always part of the workspace; it cannot be deleted.':
        '로컬 컴퓨터는 항상 작업 영역에 포함되어 있으므로 삭제할 수 없습니다.',
    '%1 was created in this workspace, not attached: use `cstudio compute delete %1`.':
        '%1은(는) 연결된 컴퓨팅이 아니라 이 작업 영역에서 만든 컴퓨팅입니다. `cstudio compute delete %1`을 사용하세요.',
    '%1 is attached: use `cstudio compute detach %1` (the machine itself is not deleted).':
        '%1은(는) 연결된 컴퓨팅입니다. `cstudio compute detach %1`을 사용하세요(컴퓨터 자체는 삭제되지 않음).',
    'Detached %1.': '%1을(를) 분리했습니다.',
    'Deleted %1.': '%1을(를) 삭제했습니다.',
    'Only compute instances can be started, stopped and restarted; %1 is a %2.':
        '컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.',
    '%1 is %2.': '%1의 상태: %2',
    'compute update needs exactly one compute name.': 'compute update에는 컴퓨팅 이름이 정확히 하나 필요합니다.',
    '--%1 needs a whole number, not "%2".': '--%1에는 "%2"이(가) 아니라 정수가 필요합니다.',
    'Say what to change: --min-nodes, --max-nodes or --idle-seconds.':
        '변경할 항목을 지정하세요: --min-nodes, --max-nodes 또는 --idle-seconds.',
    'Updated %1.': '%1을(를) 업데이트했습니다.',
    'compute export needs exactly one compute name.': 'compute export에는 컴퓨팅 이름이 정확히 하나 필요합니다.',
    'The local machine has no spec to export.': '로컬 컴퓨터에는 내보낼 사양이 없습니다.',

    # Runs: environments (core/runs/environment.cpp).
    '%1 (Python %2)': '%1(Python %2)',
    '%1 (Python %2 at %3)': '%1(Python %2, %3에 있음)',
    'The interpreter %1 does not exist on this compute.': '이 컴퓨팅에 인터프리터 %1이(가) 없습니다.',
    'The interpreter %1 is not an executable file.': '인터프리터 %1은(는) 실행 파일이 아닙니다.',
    'The interpreter "%1" is not on PATH on this compute.': '인터프리터 "%1"이(가) 이 컴퓨팅의 PATH에 없습니다.',
    'user-managed: %1': '사용자 관리: %1',
    'The interpreter "%1" was not found on this compute.': '이 컴퓨팅에서 인터프리터 "%1"을(를) 찾을 수 없습니다.',
    'the standard library': '표준 라이브러리',
    'Curated environment %1: looking for an interpreter that imports %2.':
        '큐레이트 환경 %1: %2을(를) 가져올 수 있는 인터프리터를 찾는 중입니다.',
    'Canceled.': '취소되었습니다.',
    '%1 (does not run)': '%1(실행되지 않음)',
    '%1 (Python %2; lacks %3)': '%1(Python %2, %3 없음)',
    '%1 lacks %2.': '%1에 %2이(가) 없습니다.',
    'curated %1: %2': '큐레이트 %1: %2',
    "Note: Azure ML's %1 has Python %2; this run uses Python %3.":
        '참고: Azure ML의 %1에는 Python %2이(가) 있지만 이 실행은 Python %3을(를) 사용합니다.',
    'The curated environment %1 needs a Python interpreter; there is none on this compute (no python3 on PATH, STUDIO_PYTHON not set). On Debian: sudo apt install python3.':
        '큐레이트 환경 %1에는 Python 인터프리터가 필요하지만 이 컴퓨팅에는 없습니다(PATH에 python3 없음, STUDIO_PYTHON 설정 안 됨). Debian에서는 sudo apt install python3으로 설치합니다.',
    'The curated environment %1 needs the Python modules %2; no interpreter on this compute imports them all. Tried: %3.':
        '큐레이트 환경 %1에는 Python 모듈 %2이(가) 필요하지만 이 컴퓨팅에는 이 모듈을 모두 가져올 수 있는 인터프리터가 없습니다. 시도한 인터프리터: %3.',
    'On Debian they come with: sudo apt install %1. Or set STUDIO_PYTHON to an interpreter that has them.':
        'Debian에서는 sudo apt install %1(으)로 설치합니다. 또는 STUDIO_PYTHON을 이 모듈이 있는 인터프리터로 설정하세요.',
    'The conda file asks for Python %1; there is none on this compute, so the environment uses Python %2 (%3).':
        'conda 파일에서 Python %1을(를) 요구하지만 이 컴퓨팅에는 없으므로 환경에서 Python %2(%3)을(를) 사용합니다.',
    "The conda file asks for conda packages (%1), which need conda; conda is not installed on this compute (neither conda nor mamba is on PATH). Install conda, or move them to the file's `pip:` list.":
        'conda 파일에서 conda 패키지(%1)를 요구하며 이 패키지에는 conda가 필요하지만 이 컴퓨팅에는 conda가 설치되어 있지 않습니다(PATH에 conda도 mamba도 없음). conda를 설치하거나 패키지를 파일의 `pip:` 목록으로 옮기세요.',
    "The conda file asks for conda packages (%1). Conda is installed (%2), but the studio builds environments from the file's `pip:` list only: move them there.":
        'conda 파일에서 conda 패키지(%1)를 요구합니다. conda는 설치되어 있지만(%2) 스튜디오는 파일의 `pip:` 목록으로만 환경을 빌드합니다. 패키지를 그 목록으로 옮기세요.',
    'system-managed venv %1 (reused; Python %2)': '시스템 관리 venv %1(다시 사용, Python %2)',
    'Reusing environment %1 (%2).': '환경 %1을(를) 다시 사용합니다(%2).',
    'Could not lock %1.': '%1을(를) 잠글 수 없습니다.',
    'Waiting for another run that builds environment %1.': '환경 %1을(를) 빌드하는 다른 실행을 기다리는 중입니다.',
    'Canceled while waiting for environment %1.': '환경 %1을(를) 기다리는 동안 취소되었습니다.',
    'Building environment %1 in %2 from %3 (Python %4).': '%3에서 %2에 환경 %1을(를) 빌드하는 중입니다(Python %4).',
    'Canceled while building environment %1.': '환경 %1을(를) 빌드하는 동안 취소되었습니다.',
    'Could not create a venv with %1 (Python %2).': '%1(Python %2)(으)로 venv를 만들 수 없습니다.',
    'Its venv module lacks pip: on Debian, sudo apt install python3-venv.':
        '해당 venv 모듈에 pip가 없습니다. Debian에서는 sudo apt install python3-venv로 설치합니다.',
    'Could not write %1.': '%1을(를) 쓸 수 없습니다.',
    'exit code %1': '종료 코드 %1',
    'Building environment %1 failed: pip install did not succeed: %2':
        '환경 %1을(를) 빌드하지 못했습니다. pip install이 성공하지 않았습니다: %2',
    'Environment %1 is ready (built in %2 s).': '환경 %1이(가) 준비되었습니다(빌드 시간 %2초).',
    'system-managed venv %1 (built; Python %2)': '시스템 관리 venv %1(빌드함, Python %2)',
    'The environment is a container but names no image.': '환경이 컨테이너이지만 이미지를 지정하지 않았습니다.',
    '%1 is installed but does not answer within %2 s': '%1이(가) 설치되어 있지만 %2초 안에 응답하지 않습니다',
    '%1 is installed but does not start: %2': '%1이(가) 설치되어 있지만 시작되지 않습니다: %2',
    'docker is installed but this user may not use its daemon: %1':
        'docker가 설치되어 있지만 이 사용자는 docker 디먼을 사용할 수 없습니다: %1',
    'docker is installed but its daemon is not running: %1': 'docker가 설치되어 있지만 디먼이 실행 중이 아닙니다: %1',
    '%1 is installed but does not work: %2': '%1이(가) 설치되어 있지만 작동하지 않습니다: %2',
    "The environment's image %1 needs a container engine (docker or podman); none is installed on this compute.":
        '환경의 이미지 %1에는 컨테이너 엔진(docker 또는 podman)이 필요하지만 이 컴퓨팅에는 설치되어 있지 않습니다.',
    "The environment's image %1 needs a container engine: %2.": '환경의 이미지 %1에는 컨테이너 엔진이 필요합니다: %2.',
    'Container engine: %1.': '컨테이너 엔진: %1.',
    'Canceled while pulling %1.': '%1을(를) 가져오는 동안 취소되었습니다.',
    'Could not pull the image %1: %2': '이미지 %1을(를) 가져올 수 없습니다: %2',
    'container %1 (%2)': '컨테이너 %1(%2)',
    'no answer within %1 s': '%1초 안에 응답 없음',
    'The interpreter %1 does not run: %2': '인터프리터 %1이(가) 실행되지 않습니다: %2',
    'The conda file is not valid YAML: %1': 'conda 파일이 유효한 YAML이 아닙니다: %1',
    'The conda file has no `dependencies:` list.': 'conda 파일에 `dependencies:` 목록이 없습니다.',
    "The conda file's `dependencies:` is not a list.": 'conda 파일의 `dependencies:`가 목록이 아닙니다.',
    "The conda file's `pip:` is not a list.": 'conda 파일의 `pip:`가 목록이 아닙니다.',
    "The conda file's `pip:` list holds something other than package names.":
        'conda 파일의 `pip:` 목록에 패키지 이름이 아닌 항목이 있습니다.',
    "The conda file's `dependencies:` holds an entry that is neither a package nor a `pip:` list.":
        'conda 파일의 `dependencies:`에 패키지도 `pip:` 목록도 아닌 항목이 있습니다.',
    'The conda file could not be read: %1': 'conda 파일을 읽을 수 없습니다: %1',
    'Scikit-learn for regression, clustering and classification, with NumPy, SciPy and joblib.':
        '회귀, 클러스터링, 분류를 위한 Scikit-learn(NumPy, SciPy, joblib 포함).',
    'Azure Container for PyTorch: deep learning with PyTorch and NumPy.':
        'Azure Container for PyTorch: PyTorch와 NumPy를 사용하는 딥 러닝.',
    'Deep learning with PyTorch and NumPy.': 'PyTorch와 NumPy를 사용하는 딥 러닝.',
    'Python and its standard library, nothing more.': 'Python과 표준 라이브러리만 포함합니다.',
    'STUDIO_PYTHON names %1, which is not an executable file.': 'STUDIO_PYTHON이 가리키는 %1은(는) 실행 파일이 아닙니다.',
    'There is no Python on this compute: neither python3 nor python is on PATH, and STUDIO_PYTHON is not set. Install Python 3 (on Debian: sudo apt install python3) or set STUDIO_PYTHON to an interpreter.':
        '이 컴퓨팅에 Python이 없습니다. PATH에 python3도 python도 없고 STUDIO_PYTHON도 설정되어 있지 않습니다. Python 3을 설치하거나(Debian에서는 sudo apt install python3) STUDIO_PYTHON을 인터프리터로 설정하세요.',
    'There is no curated environment "%1". Known: %2.': '큐레이트 환경 "%1"이(가) 없습니다. 알려진 환경: %2.',
    # Runs: job YAML (core/runs/jobyaml.cpp).
    '--set %1: %2': '--set %1: %2',
    '%1 must be a mapping (key: value lines).': '%1은(는) 매핑(key: value 줄)이어야 합니다.',
    '%1 has a key that is not text.': '%1에 텍스트가 아닌 키가 있습니다.',
    '“%1” is given twice.': '“%1”이(가) 두 번 지정되었습니다.',
    '%1 must be at least %2, not %3.': '%1은(는) %3이(가) 아니라 %2 이상이어야 합니다.',
    '%1 must be a local file, not “%2”.': '%1은(는) “%2”이(가) 아니라 로컬 파일이어야 합니다.',
    '%1: cannot read %2%3.': '%1: %2%3을(를) 읽을 수 없습니다.',
    ' (no such file)': '(파일 없음)',
    '%1: %2 is over 1 MiB.': '%1: %2이(가) 1MiB를 넘습니다.',
    '%1 must be a list, e.g. [--no-index, --find-links, wheels].': '%1은(는) 목록이어야 합니다(예: [--no-index, --find-links, wheels]).',
    '%1 must be a list of texts.': '%1은(는) 텍스트 목록이어야 합니다.',
    'environment “%1” is not an environment reference: give azureml:NAME@latest, azureml:NAME:VERSION, or an inline environment (image:, conda_file:, …).':
        'environment “%1”은(는) 환경 참조가 아닙니다. azureml:NAME@latest, azureml:NAME:VERSION 또는 인라인 환경(image:, conda_file:, …)을 지정하세요.',
    'Windows environments are not supported.': 'Windows 환경은 지원되지 않습니다.',
    'Docker build contexts are not supported yet: give an image: or a conda_file:.':
        'Docker 빌드 컨텍스트는 아직 지원되지 않습니다. image: 또는 conda_file:을 지정하세요.',
    'Give either conda_file or studio_conda, not both.': 'conda_file과 studio_conda 중 하나만 지정하세요.',
    "conda_file must be a file's path or a conda mapping.": 'conda_file은 파일 경로이거나 conda 매핑이어야 합니다.',
    'Give either studio_requirements_file or studio_requirements, not both.':
        'studio_requirements_file과 studio_requirements 중 하나만 지정하세요.',
    'studio_pip_options has no effect without a conda_file or requirements: nothing is installed.':
        'conda_file이나 요구 사항이 없으면 studio_pip_options는 효과가 없습니다. 아무것도 설치되지 않습니다.',
    "“%1” is not a valid input name: use letters, digits and '_', not starting with a digit.":
        "“%1”은(는) 유효한 입력 이름이 아닙니다. 문자, 숫자, '_'를 사용하고 숫자로 시작하지 마세요.",
    '%1 looks like an Azure ML data asset; only local data can be used here (type: uri_file or uri_folder with a path), so the command gets the text “%2”.':
        '%1은(는) Azure ML 데이터 자산으로 보입니다. 여기서는 로컬 데이터(경로가 있는 type: uri_file 또는 uri_folder)만 사용할 수 있으므로 명령에는 텍스트 “%2”이(가) 전달됩니다.',
    '%1 must be a value (text, number, true/false) or a mapping with type and path.':
        '%1은(는) 값(텍스트, 숫자, true/false)이거나 type과 path가 있는 매핑이어야 합니다.',
    'Input type “%1” is not supported: use uri_file or uri_folder with a local path, or give a value.':
        '입력 형식 “%1”은(는) 지원되지 않습니다. 로컬 경로와 함께 uri_file 또는 uri_folder를 사용하거나 값을 지정하세요.',
    '%1 needs a path.': '%1에는 경로가 필요합니다.',
    'Only local paths are supported as inputs, not “%1”.': '입력으로는 로컬 경로만 지원되며 “%1”은(는) 지원되지 않습니다.',
    '%1 is not a file: use type: uri_folder.': '%1은(는) 파일이 아닙니다. type: uri_folder를 사용하세요.',
    '%1 does not exist.': '%1이(가) 없습니다.',
    '%1 is not a folder: use type: uri_file.': '%1은(는) 폴더가 아닙니다. type: uri_file을 사용하세요.',
    "“%1” is not a valid output name: use letters, digits and '_', not starting with a digit.":
        "“%1”은(는) 유효한 출력 이름이 아닙니다. 문자, 숫자, '_'를 사용하고 숫자로 시작하지 마세요.",
    '%1 must be empty or a mapping (type, mode).': '%1은(는) 비어 있거나 매핑(type, mode)이어야 합니다.',
    'Output type “%1” is not supported: outputs are folders (uri_folder).':
        '출력 형식 “%1”은(는) 지원되지 않습니다. 출력은 폴더(uri_folder)입니다.',
    "Output locations cannot be chosen: output %1 is written to outputs/%1 in the run's folder and kept with the run.":
        '출력 위치는 선택할 수 없습니다. 출력 %1은(는) 실행 폴더의 outputs/%1에 기록되며 실행과 함께 보관됩니다.',
    'Parameter servers are not supported: use worker_count (MultiWorkerMirroredStrategy).':
        '매개 변수 서버는 지원되지 않습니다. worker_count(MultiWorkerMirroredStrategy)를 사용하세요.',
    'worker_count (%1) must be a multiple of resources.instance_count (%2): each node runs the same number of workers.':
        'worker_count(%1)는 resources.instance_count(%2)의 배수여야 합니다. 각 노드는 같은 수의 작업자를 실행합니다.',
    'worker_count is too large.': 'worker_count가 너무 큽니다.',
    'process_count_per_instance is too large.': 'process_count_per_instance가 너무 큽니다.',
    'An mpi distribution needs process_count_per_instance.': 'mpi 분산에는 process_count_per_instance가 필요합니다.',
    '“%1” is not an expression the command can use: use ${{inputs.NAME}} or ${{outputs.NAME}}.':
        '“%1”은(는) 명령에서 사용할 수 있는 식이 아닙니다. ${{inputs.NAME}} 또는 ${{outputs.NAME}}을 사용하세요.',
    'The command uses ${{outputs.%1}}, but the job declares no output “%1” (add it under outputs:).':
        '명령에서 ${{outputs.%1}}을(를) 사용하지만 작업에 출력 “%1”이(가) 선언되어 있지 않습니다(outputs: 아래에 추가하세요).',
    'The command uses ${{inputs.%1}}, but input “%1” has no value: give one (--set inputs.%1=VALUE) or put that part of the command in $[[ … ]].':
        '명령에서 ${{inputs.%1}}을(를) 사용하지만 입력 “%1”에 값이 없습니다. 값을 지정하거나(--set inputs.%1=VALUE) 명령의 해당 부분을 $[[ … ]] 안에 넣으세요.',
    'The command uses ${{inputs.%1}}, but the job declares no inputs.':
        '명령에서 ${{inputs.%1}}을(를) 사용하지만 작업에 입력이 선언되어 있지 않습니다.',
    'The command uses ${{inputs.%1}}, but the job declares no input “%1”. Its inputs: %2.':
        '명령에서 ${{inputs.%1}}을(를) 사용하지만 작업에 입력 “%1”이(가) 선언되어 있지 않습니다. 작업의 입력: %2.',
    '%1 jobs are not supported yet: only command jobs (type: command) run in Compute Studio.':
        '%1 작업은 아직 지원되지 않습니다. Compute Studio에서는 명령 작업(type: command)만 실행됩니다.',
    'Unknown job type “%1”: use type: command.': '알 수 없는 작업 유형 “%1”: type: command를 사용하세요.',
    '“%1” is not supported by Compute Studio yet.': '“%1”은(는) Compute Studio에서 아직 지원되지 않습니다.',
    "“%1” is not a valid run name: use letters, digits, '_', '-' and '.' (at most 255).":
        "“%1”은(는) 유효한 실행 이름이 아닙니다. 문자, 숫자, '_', '-', '.'를 사용하세요(최대 255자).",
    'experiment_name must not be empty.': 'experiment_name은 비워 둘 수 없습니다.',
    '“%1” is not a valid environment variable name.': '“%1”은(는) 유효한 환경 변수 이름이 아닙니다.',
    'The job has no command: add command: with what to run, e.g. command: python train.py.':
        '작업에 명령이 없습니다. 실행할 내용을 command:로 추가하세요(예: command: python train.py).',
    'code must be a local folder, not “%1”.': 'code는 “%1”이(가) 아니라 로컬 폴더여야 합니다.',
    'The code folder %1 does not exist.': '코드 폴더 %1이(가) 없습니다.',
    "compute must be a compute's name (azureml:NAME, NAME or local), not “%1”.":
        'compute는 “%1”이(가) 아니라 컴퓨팅 이름(azureml:NAME, NAME 또는 local)이어야 합니다.',
    'instance_count is too large.': 'instance_count가 너무 큽니다.',
    '--set %1: give KEY=VALUE, e.g. --set compute=cpu-cluster or --set inputs.alpha=0.3.':
        '--set %1: KEY=VALUE 형식으로 지정하세요(예: --set compute=cpu-cluster 또는 --set inputs.alpha=0.3).',
    '--set %1: the value is not valid YAML.': '--set %1: 값이 유효한 YAML이 아닙니다.',
    '--set %1: %2 is not a mapping, so it has no “%3”.': '--set %1: %2은(는) 매핑이 아니므로 “%3”이(가) 없습니다.',
    '%1 is too large to be a job file (over 1 MiB).': '%1은(는) 작업 파일로 쓰기에 너무 큽니다(1MiB 초과).',
    'A job file is a YAML mapping (key: value lines) with at least “command:”.':
        '작업 파일은 최소한 “command:”가 있는 YAML 매핑(key: value 줄)입니다.',
    # Runs: the local agent, logs, the run engine and stores (core/runs).
    'The local machine is a single node: it cannot run %1 instances. Submit the run to a compute cluster.':
        '로컬 컴퓨터는 단일 노드이므로 인스턴스 %1개를 실행할 수 없습니다. 실행을 컴퓨팅 클러스터에 제출하세요.',
    '"%1" is a compute of the %2 provider, which cannot run scripts yet. Submit the run to the local machine, a local compute instance or a local compute cluster.':
        '"%1"은(는) %2 공급자의 컴퓨팅이며 이 공급자는 아직 스크립트를 실행할 수 없습니다. 실행을 로컬 컴퓨터, 로컬 컴퓨팅 인스턴스 또는 로컬 컴퓨팅 클러스터에 제출하세요.',
    'The run needs %1 nodes, but the cluster "%2" has at most %3 (max_instances).':
        '실행에 노드 %1개가 필요하지만 클러스터 "%2"의 최대 노드 수는 %3개입니다(max_instances).',
    "Another agent (pid %1) already runs this workspace's local runs.":
        '다른 에이전트(pid %1)가 이미 이 작업 영역의 로컬 실행을 처리하고 있습니다.',
    'Canceled before it started.': '시작하기 전에 취소되었습니다.',
    'Cancel requested.': '취소가 요청되었습니다.',
    'Canceled by the user.': '사용자가 취소했습니다.',
    '"%1" cannot run scripts on this machine.': '"%1"은(는) 이 컴퓨터에서 스크립트를 실행할 수 없습니다.',
    'The run needs %1 nodes, but the cluster "%2" has at most %3.':
        '실행에 노드 %1개가 필요하지만 클러스터 "%2"의 최대 노드 수는 %3개입니다.',
    'Preparing on %1.': '%1에서 준비하는 중입니다.',
    'Copying the snapshot (%1 files) into %2.': '스냅샷(파일 %1개)을 %2에 복사하는 중입니다.',
    'Environment: %1': '환경: %1',
    'Preparing the run failed: %1': '실행을 준비하지 못했습니다: %1',
    'Environment error: %1': '환경 오류: %1',
    'Could not start the process (%1): %2': '프로세스를 시작할 수 없습니다(%1): %2',
    'Started %1 process(es): %2': '프로세스 %1개를 시작했습니다: %2',
    'The agent preparing this run ended; queued again.': '이 실행을 준비하던 에이전트가 종료되어 다시 큐에 넣었습니다.',
    'Reattached by a new agent (pid %1).': '새 에이전트(pid %1)가 다시 연결했습니다.',
    "Stopping the run's processes: %1": '실행의 프로세스를 중지하는 중: %1',
    'The script was killed by signal %1 (%2).': '스크립트가 시그널 %1(%2)에 의해 종료되었습니다.',
    'The script exited with code %1.': '스크립트가 코드 %1(으)로 종료되었습니다.',
    "The script's process ended, but its exit status was lost.": '스크립트 프로세스가 끝났지만 종료 상태를 알 수 없습니다.',
    'Process rank %1: %2': '프로세스 순위 %1: %2',
    'The run exceeded its maximum duration of %1 seconds (max_run_duration_seconds) and was stopped.':
        '실행이 최대 실행 시간 %1초(max_run_duration_seconds)를 넘어 중지되었습니다.',
    'Collecting outputs/ and logs/.': 'outputs/와 logs/를 수집하는 중입니다.',
    '[… %1 more bytes]': '[… %1바이트 더 있음]',
    'The log %1 does not exist (yet).': '로그 %1이(가) (아직) 없습니다.',
    'Cannot open the log %1.': '로그 %1을(를) 열 수 없습니다.',
    'Cannot read the log %1.': '로그 %1을(를) 읽을 수 없습니다.',
    'The log %1 changed while it was read.': '로그 %1을(를) 읽는 동안 로그가 변경되었습니다.',
    # Runs: the MLflow tracking endpoint (core/runs/mlflowserver.cpp).
    'a string': '문자열',
    'a whole number (64-bit integer)': '정수(64비트 정수)',
    'a number (64-bit floating point)': '숫자(64비트 부동 소수점)',
    'a list of objects': '개체 목록',
    'a list': '목록',
    "Missing value for required parameter '%1'. See the API docs for more information about request parameters.":
        "필수 매개 변수 '%1'의 값이 없습니다. 요청 매개 변수에 대한 자세한 내용은 API 문서를 참조하세요.",
    "Invalid value %1 for parameter '%2' supplied: expected %3.":
        "매개 변수 '%2'에 잘못된 값 %1이(가) 지정되었습니다. 필요한 값: %3.",
    '%1 %2 is not supported here; use %3.': '여기서는 %1 %2이(가) 지원되지 않습니다. %3을(를) 사용하세요.',
    'No MLflow endpoint %1 %2 here. The studio serves the tracking API that mlflow.log_metric, log_param, log_batch and set_tag use.':
        '여기에는 MLflow 엔드포인트 %1 %2이(가) 없습니다. 스튜디오는 mlflow.log_metric, log_param, log_batch, set_tag가 사용하는 추적 API를 제공합니다.',
    'The request body is not valid JSON (%1 at byte %2).': '요청 본문이 유효한 JSON이 아닙니다(바이트 %2에서 %1).',
    'The request body must be a JSON object.': '요청 본문은 JSON 개체여야 합니다.',
    'Run with id=%1 not found': 'id=%1인 실행을 찾을 수 없습니다',
    '%1 name cannot be empty. A key name must be provided.': '%1 이름은 비워 둘 수 없습니다. 키 이름을 지정해야 합니다.',
    "Invalid %1 name: '%2'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colon (:) and slashes (/).":
        "잘못된 %1 이름: '%2'. 이름에는 영숫자, 밑줄(_), 대시(-), 마침표(.), 공백( ), 콜론(:), 슬래시(/)만 사용할 수 있습니다.",
    "Invalid %1 name: '%2'. Names may be treated as files in certain cases, and must not resolve to other names when treated as such.":
        "잘못된 %1 이름: '%2'. 이름은 경우에 따라 파일로 취급될 수 있으며, 그때 다른 이름으로 해석되어서는 안 됩니다.",
    '%1 key': '%1 키',
    "%1 '%2' had length %3, which exceeded length limit of %4": "%1 '%2'의 길이 %3이(가) 길이 제한 %4을(를) 초과했습니다",
    'Metric': '메트릭',
    "Got invalid timestamp %1 for metric '%2' (value=%3). Timestamp must be a nonnegative long (64-bit integer).":
        "메트릭 '%2'(value=%3)에 잘못된 타임스탬프 %1을(를) 받았습니다. 타임스탬프는 음수가 아닌 long(64비트 정수)이어야 합니다.",
    '%1 value': '%1 값',
    "Changing param values is not allowed. Param with key='%1' was already logged with value='%2' for run ID='%3'. Attempted logging new value '%4'.":
        "매개 변수 값은 변경할 수 없습니다. key='%1'인 매개 변수가 실행 ID='%3'에 value='%2'(으)로 이미 기록되었습니다. 새 값 '%4'을(를) 기록하려고 했습니다.",
    'Param': '매개 변수',
    'Tag': '태그',
    'A batch logging request can contain at most %1 %2. Got %3 %2. Please split up %2 across multiple requests and try again.':
        '일괄 로깅 요청에는 %2을(를) 최대 %1개까지 포함할 수 있습니다. %2 %3개를 받았습니다. %2을(를) 여러 요청으로 나누어 다시 시도하세요.',
    'Duplicate parameter keys have been submitted: [%1]. Please ensure the request contains only one param value per param key.':
        '중복된 매개 변수 키가 제출되었습니다: [%1]. 요청에 매개 변수 키마다 매개 변수 값이 하나만 있는지 확인하세요.',
    "Invalid value '%1' for parameter 'status': expected one of %2.":
        "매개 변수 'status'의 값 '%1'이(가) 잘못되었습니다. 다음 중 하나여야 합니다: %2.",
    'No Experiment with id=%1 exists': 'id=%1인 실험이 없습니다',
    "Could not find experiment with name '%1'": "이름이 '%1'인 실험을 찾을 수 없습니다",
    'The MLflow tracking endpoint already listens on port %1.': 'MLflow 추적 엔드포인트가 이미 포트 %1에서 수신 대기 중입니다.',
    'Cannot serve the MLflow tracking endpoint on 127.0.0.1:%1: the port is already in use. Stop what uses it, or choose another port.':
        '127.0.0.1:%1에서 MLflow 추적 엔드포인트를 제공할 수 없습니다. 포트가 이미 사용 중입니다. 포트를 사용하는 프로그램을 중지하거나 다른 포트를 선택하세요.',
    'Cannot serve the MLflow tracking endpoint on 127.0.0.1:%1.': '127.0.0.1:%1에서 MLflow 추적 엔드포인트를 제공할 수 없습니다.',
    'Too many connections; try again.': '연결이 너무 많습니다. 다시 시도하세요.',
    'Could not collect %1.': '%1을(를) 수집할 수 없습니다.',
    'instance_count and process_count_per_instance must be at least 1.':
        'instance_count와 process_count_per_instance는 1 이상이어야 합니다.',
    'There is no compute named "%1" in this workspace. `cstudio compute list` shows the computes.':
        '이 작업 영역에 이름이 "%1"인 컴퓨팅이 없습니다. `cstudio compute list`로 컴퓨팅 목록을 확인하세요.',
    'The compute "%1" is not ready (%2).': '컴퓨팅 "%1"이(가) 준비되지 않았습니다(%2).',
    'The compute instance "%1" is %2. Start it, then submit the run again.':
        '컴퓨팅 인스턴스 "%1"의 상태가 %2입니다. 인스턴스를 시작한 다음 실행을 다시 제출하세요.',
    'The run has no command.': '실행에 명령이 없습니다.',
    '"%1" is not a valid run name: use letters, digits, \'_\', \'-\' and \'.\', starting with a letter, digit or \'_\'.':
        "\"%1\"은(는) 유효한 실행 이름이 아닙니다. 문자, 숫자, '_', '-', '.'를 사용하고 문자, 숫자 또는 '_'로 시작하세요.",
    'Could not open the workspace.': '작업 영역을 열 수 없습니다.',
    'The source folder %1 does not exist.': '소스 폴더 %1이(가) 없습니다.',
    'Snapshotting %1': '%1의 스냅샷을 만드는 중',
    'There is no run named "%1" in this workspace.': '이 작업 영역에 이름이 "%1"인 실행이 없습니다.',
    'The run "%1" has already ended (%2).': '실행 "%1"은(는) 이미 끝났습니다(%2).',
    'Could not copy %1 to %2.': '%1을(를) %2에 복사할 수 없습니다.',
    'The local agent (studio-agent) is not installed next to this program nor on PATH; local runs cannot start.':
        '로컬 에이전트(studio-agent)가 이 프로그램 옆에도 PATH에도 설치되어 있지 않아 로컬 실행을 시작할 수 없습니다.',
    'Could not start the local agent %1.': '로컬 에이전트 %1을(를) 시작할 수 없습니다.',
    'Not started': '시작 안 됨',
    'Queued': '큐 대기 중',
    'Finalizing': '마무리 중',
    'Cancel requested': '취소 요청됨',
    'Completed': '완료됨',
    'Not responding': '응답 없음',
    'Could not read the run "%1".': '실행 "%1"을(를) 읽을 수 없습니다.',
    'Could not save the run.': '실행을 저장할 수 없습니다.',
    'A run named "%1" already exists in this workspace.': '이 작업 영역에 이름이 "%1"인 실행이 이미 있습니다.',
    'Could not save the run "%1".': '실행 "%1"을(를) 저장할 수 없습니다.',
    'Could not list the runs.': '실행 목록을 가져올 수 없습니다.',
    'Could not list the experiments.': '실험 목록을 가져올 수 없습니다.',
    'Could not update the run "%1".': '실행 "%1"을(를) 업데이트할 수 없습니다.',
    'Could not save metrics of the run "%1".': '실행 "%1"의 메트릭을 저장할 수 없습니다.',
    'Could not read metrics of the run "%1".': '실행 "%1"의 메트릭을 읽을 수 없습니다.',
    'Could not read the nodes of "%1".': '"%1"의 노드를 읽을 수 없습니다.',
    'Could not save the node "%1".': '노드 "%1"을(를) 저장할 수 없습니다.',
    'Could not remove the node "%1".': '노드 "%1"을(를) 제거할 수 없습니다.',
    # Runs: snapshots (core/runs/snapshot.cpp).
    'Cannot read the folder %1: %2.': '폴더 %1을(를) 읽을 수 없습니다: %2.',
    'Cannot read %1: %2.': '%1을(를) 읽을 수 없습니다: %2.',
    'The snapshot was canceled.': '스냅샷이 취소되었습니다.',
    'Cannot make the snapshot folder %1.': '스냅샷 폴더 %1을(를) 만들 수 없습니다.',
    'Cannot open the snapshot folder %1: %2.': '스냅샷 폴더 %1을(를) 열 수 없습니다: %2.',
    'Cannot store %1 in the snapshot folder %2: %3.': '%1을(를) 스냅샷 폴더 %2에 저장할 수 없습니다: %3.',
    'The snapshot manifest is damaged.': '스냅샷 매니페스트가 손상되었습니다.',
    'Cannot write the snapshot manifest %1: %2.': '스냅샷 매니페스트 %1을(를) 쓸 수 없습니다: %2.',
    '"%1" is not a snapshot id.': '"%1"은(는) 스냅샷 ID가 아닙니다.',
    'There is no snapshot %1 in %2.': '%2에 스냅샷 %1이(가) 없습니다.',
    'The snapshot manifest %1 is damaged.': '스냅샷 매니페스트 %1이(가) 손상되었습니다.',
    'The stored copy of %1 is damaged or missing: its content does not match the snapshot.':
        '%1의 저장된 복사본이 손상되었거나 없습니다. 내용이 스냅샷과 일치하지 않습니다.',
    'Cannot make the folder %1.': '폴더 %1을(를) 만들 수 없습니다.',
    'Cannot write %1: %2.': '%1을(를) 쓸 수 없습니다: %2.',
    'The snapshot has no file %1.': '스냅샷에 파일 %1이(가) 없습니다.',
    # Runs UI (ui/pages/runspage.cpp, ui/views, ui/models, ui/forms/submitrundialog.cpp).
    'Properties': '속성',
    'Submit run…': '실행 제출…',
    'Submit a run: a script from a folder of yours, on the selected compute': '실행 제출: 내 폴더의 스크립트를 선택한 컴퓨팅에서 실행합니다',
    'Follow': '따라가기',
    'Scroll to new lines as the run writes them': '실행이 새 줄을 쓰면 그 줄로 스크롤합니다',
    'Jump to end': '끝으로 이동',
    'Show the last line and follow new ones (Ctrl+End)': '마지막 줄을 표시하고 새 줄을 따라갑니다(Ctrl+End)',
    'Load earlier lines': '이전 줄 불러오기',
    'Show up to %1 more lines from before the first one shown, keeping your place':
        '표시된 첫 줄 앞의 줄을 최대 %1줄 더 표시합니다. 현재 위치는 유지됩니다',
    'Wrap': '줄 바꿈',
    'Wrap long lines at the width of the view': '긴 줄을 보기 너비에 맞춰 줄 바꿈합니다',
    'Find in log': '로그에서 찾기',
    'Find text in the log (Ctrl+F). Enter or F3: next match; Shift+Enter or Shift+F3: previous match':
        '로그에서 텍스트를 찾습니다(Ctrl+F). Enter 또는 F3: 다음 항목, Shift+Enter 또는 Shift+F3: 이전 항목',
    'Previous match': '이전 항목',
    'Previous match (Shift+F3)': '이전 항목(Shift+F3)',
    'Next match': '다음 항목',
    'Next match (F3)': '다음 항목(F3)',
    'Search result': '검색 결과',
    'Log': '로그',
    'Not found': '찾을 수 없음',
    'Matches: %1': '일치 항목: %1',
    '%1 of %2': '%1/%2',
    'The log is empty.': '로그가 비어 있습니다.',
    'Waiting for output…': '출력을 기다리는 중…',
    '%1, wrapped from the top': '%1, 처음부터 다시 검색함',
    '%1, wrapped from the end': '%1, 끝부터 다시 검색함',
    'Step': '단계',
    'Time': '시간',
    'What the horizontal axis shows: the step each value was logged at, or when it was logged':
        '가로축에 표시할 항목: 각 값이 기록된 단계 또는 기록된 시간',
    '&X axis:': 'X축(&X):',
    'No metrics logged yet. Metrics appear here as the run logs them with mlflow.log_metric().':
        '아직 기록된 메트릭이 없습니다. 실행이 mlflow.log_metric()으로 메트릭을 기록하면 여기에 표시됩니다.',
    'Chart of %1': '%1 차트',
    '(idle)': '(유휴)',
    'Node': '노드',
    'Run': '실행',
    'Since': '시작 시각',
    'Private IP': '개인 IP',
    'Connection': '연결',
    'No nodes: the cluster has scaled down to zero.': '노드가 없습니다. 클러스터가 0으로 축소되었습니다.',
    'Nodes: %1, running a job: %2.': '노드: %1개, 작업 실행 중: %2개.',
    'Could not read the nodes: %1': '노드를 읽을 수 없습니다: %1',
    '—': '—',
    'curated: %1': '큐레이트: %1',
    'system Python': '시스템 Python',
    'interpreter: %1': '인터프리터: %1',
    'virtual environment from requirements': '요구 사항으로 만든 가상 환경',
    'virtual environment %1': '가상 환경 %1',
    'container: %1': '컨테이너: %1',
    'Could not open the workspace database: %1': '작업 영역 데이터베이스를 열 수 없습니다: %1',
    'Select a run to see its details; select several and choose Compare to overlay their metrics.':
        '세부 정보를 보려면 실행을 선택하세요. 여러 실행을 선택하고 비교를 선택하면 메트릭을 겹쳐 볼 수 있습니다.',
    'Cancel run': '실행 취소',
    'Stop the run: its processes are ended and it is marked Canceled': '실행을 중지합니다. 프로세스가 종료되고 실행은 취소됨으로 표시됩니다',
    'Resubmit': '다시 제출',
    'Submit a new run with the same settings; the source folder is snapshotted again':
        '같은 설정으로 새 실행을 제출합니다. 소스 폴더의 스냅샷을 다시 만듭니다',
    'Overview': '개요',
    'Logs': '로그',
    'Metrics': '메트릭',
    'Outputs + logs': '출력 + 로그',
    'Snapshot': '스냅샷',
    'Run properties': '실행 속성',
    'Status': '상태',
    'At': '시각',
    'After': '경과 시간',
    'Status timeline': '상태 타임라인',
    'Command': '명령',
    '<b>Status timeline</b>': '<b>상태 타임라인</b>',
    '<b>Command</b>': '<b>명령</b>',
    "The run's output (user_logs), what the studio did (system_logs) and what the script wrote to logs/":
        '실행의 출력(user_logs), 스튜디오가 수행한 작업(system_logs), 스크립트가 logs/에 쓴 내용',
    '&Log file:': '로그 파일(&L):',
    'No logs yet: they appear once the run starts.': '아직 로그가 없습니다. 실행이 시작되면 표시됩니다.',
    'Outputs and logs': '출력 및 로그',
    '&Open': '열기(&O)',
    "Open the selected file or folder with the desktop's application": '선택한 파일이나 폴더를 데스크톱의 애플리케이션으로 엽니다',
    '&Download…': '다운로드(&D)…',
    "Copy the run's outputs and logs into a folder you choose": '실행의 출력과 로그를 선택한 폴더에 복사합니다',
    'File': '파일',
    'Snapshot files': '스냅샷 파일',
    'Select a file to see its content as submitted.': '제출된 내용을 보려면 파일을 선택하세요.',
    'Comparing runs: %1': '실행 비교: %1',
    'Snapshot %1: files: %2, size: %3, taken from %4': '스냅샷 %1: 파일 %2개, 크기 %3, 원본 %4',
    'Downloaded to %1 (files: %2).': '%1에 다운로드했습니다(파일 %2개).',
    'Could not read the run: %1': '실행을 읽을 수 없습니다: %1',
    'This run is no longer in the workspace.': '이 실행은 더 이상 작업 영역에 없습니다.',
    '%1 · experiment %2 · on %3': '%1 · 실험 %2 · %3에서 실행',
    'Display name': '표시 이름',
    'Experiment': '실험',
    'Created': '만든 시간',
    'Started': '시작 시간',
    'Ended': '종료 시간',
    'Duration': '기간',
    'Exit code': '종료 코드',
    'Environment': '환경',
    'Source folder': '소스 폴더',
    'Distribution': '분산',
    '%1 × %2 processes (%3)': '%1 × 프로세스 %2개(%3)',
    'plain': '일반',
    'Maximum duration': '최대 실행 시간',
    '(not yet)': '(아직 없음)',
    'Git': 'Git',
    'Repository': '리포지토리',
    '(no remote)': '(원격 없음)',
    'Branch': '분기',
    '(detached)': '(분리됨)',
    'Commit': '커밋',
    'Uncommitted changes': '커밋되지 않은 변경 내용',
    'The source folder is not a git work tree.': '소스 폴더가 git 작업 트리가 아닙니다.',
    'Parameters': '매개 변수',
    'Tags': '태그',
    '(empty)': '(비어 있음)',
    '(only the first %1 entries are listed)': '(처음 %1개 항목만 나열됨)',
    'The source folder has not been snapshotted yet.': '소스 폴더의 스냅샷이 아직 만들어지지 않았습니다.',
    'Could not read the snapshot: %1': '스냅샷을 읽을 수 없습니다: %1',
    'SHA-256 %1': 'SHA-256 %1',
    '(a binary file of %1)': '(%1 크기의 이진 파일)',
    '(only the first 2 MB are shown)': '(처음 2MB만 표시됨)',
    'No application could open %1.': '%1을(를) 열 수 있는 애플리케이션이 없습니다.',
    'Download outputs and logs of %1': '%1의 출력 및 로그 다운로드',
    'Downloading the outputs and logs of %1 to %2…': '%1의 출력과 로그를 %2에 다운로드하는 중…',
    'Could not download: %1': '다운로드할 수 없습니다: %1',
    'Could not cancel: %1': '취소할 수 없습니다: %1',
    'Resubmitting %1…': '%1을(를) 다시 제출하는 중…',
    'Could not resubmit: %1': '다시 제출할 수 없습니다: %1',
    'Submitted %1.': '%1을(를) 제출했습니다.',
    '%1 s': '%1초',
    '%1 min %2 s': '%1분 %2초',
    '%1 h %2 min': '%1시간 %2분',
    '%1 d %2 h': '%1일 %2시간',
    'Run a script on the local machine, a compute instance or a cluster':
        '로컬 컴퓨터, 컴퓨팅 인스턴스 또는 클러스터에서 스크립트를 실행합니다',
    'Compare': '비교',
    'Overlay the metrics of the selected runs (select two or more with Ctrl or Shift)':
        '선택한 실행의 메트릭을 겹쳐 표시합니다(Ctrl 또는 Shift로 두 개 이상 선택)',
    'Status filter': '상태 필터',
    'All statuses': '모든 상태',
    'Active': '활성',
    'Compute filter': '컴퓨팅 필터',
    'All computes': '모든 컴퓨팅',
    'Experiment filter': '실험 필터',
    'All experiments': '모든 실험',
    'Search runs': '실행 검색',
    'Finds runs whose name, display name or experiment contains the text':
        '이름, 표시 이름 또는 실험에 텍스트가 포함된 실행을 찾습니다',
    'Filter:': '필터:',
    'No runs yet': '아직 실행이 없습니다',
    'A run executes a script from a folder of yours on the local machine, a compute instance or a compute cluster; its logs, metrics and outputs show up here live.':
        '실행은 내 폴더의 스크립트를 로컬 컴퓨터, 컴퓨팅 인스턴스 또는 컴퓨팅 클러스터에서 실행합니다. 실행의 로그, 메트릭, 출력이 여기에 실시간으로 표시됩니다.',
    'Could not load the runs: %1': '실행 목록을 불러올 수 없습니다: %1',
    'Run completed: %1': '실행 완료됨: %1',
    '%1 completed on %2 in %3.': '%1이(가) %2에서 %3 만에 완료되었습니다.',
    'Run failed: %1': '실행 실패: %1',
    '%1 failed on %2.': '%1이(가) %2에서 실패했습니다.',
    '%1 failed on %2: %3': '%1이(가) %2에서 실패했습니다: %3',
    'Run canceled: %1': '실행 취소됨: %1',
    '%1 was canceled on %2.': '%2에서 %1이(가) 취소되었습니다.',
    'the newest %1 runs': '최신 실행 %1개',
    '1 run': '실행 1개',
    '%1 runs': '실행 %1개',
    'The arguments end with a lone backslash.': '인수가 짝이 없는 백슬래시로 끝납니다.',
    'A quote (%1) is not closed: close it, or escape it with a backslash.':
        '따옴표(%1)가 닫히지 않았습니다. 따옴표를 닫거나 백슬래시로 이스케이프하세요.',
    'Submit a run': '실행 제출',
    'Script': '스크립트',
    'The folder with your scripts': '스크립트가 있는 폴더',
    '&Source folder:': '소스 폴더(&S):',
    "The folder snapshotted at submit and copied to the run's working folder (code:). Files matched by .amlignore or .gitignore are left out.":
        '제출할 때 스냅샷을 만들어 실행의 작업 폴더로 복사하는 폴더입니다(code:). .amlignore 또는 .gitignore와 일치하는 파일은 제외됩니다.',
    'python train.py': 'python train.py',
    '&Command:': '명령(&C):',
    'What the run executes in the source folder, as a shell command. "python" is the environment\'s interpreter.':
        '실행이 소스 폴더에서 셸 명령으로 실행하는 내용입니다. "python"은 환경의 인터프리터입니다.',
    '--epochs 10 --learning-rate 0.01': '--epochs 10 --learning-rate 0.01',
    '&Arguments:': '인수(&A):',
    'Added after the command, quoted as in a shell.': '명령 뒤에 추가되며 셸에서처럼 따옴표로 묶습니다.',
    'Environment and compute': '환경 및 컴퓨팅',
    'System Python': '시스템 Python',
    'An interpreter': '인터프리터',
    'Curated environment': '큐레이트 환경',
    'Requirements file (new virtual environment)': '요구 사항 파일(새 가상 환경)',
    'Container image': '컨테이너 이미지',
    '/usr/bin/python3, or python3.11': '/usr/bin/python3 또는 python3.11',
    'Choose a Python interpreter': 'Python 인터프리터 선택',
    'Choose a requirements file': '요구 사항 파일 선택',
    'Requirements (*.txt)': '요구 사항(*.txt)',
    'python:3.11-slim': 'python:3.11-slim',
    '&Environment:': '환경(&E):',
    "What the run's Python is: the system's, an interpreter you name, a curated environment (an interpreter that has its packages), a virtual environment built once from a requirements file and reused, or a container image.":
        '실행에 사용할 Python입니다. 시스템 Python, 직접 지정한 인터프리터, 큐레이트 환경(해당 패키지가 있는 인터프리터), 요구 사항 파일로 한 번 빌드하여 다시 사용하는 가상 환경 또는 컨테이너 이미지 중에서 선택합니다.',
    'local (this machine)': 'local(이 컴퓨터)',
    '&Target:': '대상(&T):',
    'The compute that runs it: the local machine, a compute instance (one node) or a compute cluster (scales out to several nodes).':
        '실행할 컴퓨팅입니다. 로컬 컴퓨터, 컴퓨팅 인스턴스(노드 1개) 또는 컴퓨팅 클러스터(여러 노드로 스케일 아웃) 중에서 선택합니다.',
    '&Instances:': '인스턴스(&I):',
    'Nodes the run uses (resources.instance_count); more than one needs a compute cluster.':
        '실행에 사용할 노드 수입니다(resources.instance_count). 2개 이상이면 컴퓨팅 클러스터가 필요합니다.',
    '&Processes per instance:': '인스턴스당 프로세스(&P):',
    'Processes started on each node (distribution.process_count_per_instance), e.g. one per GPU.':
        '각 노드에서 시작할 프로세스 수입니다(distribution.process_count_per_instance). 예: GPU당 1개.',
    ' min': '분',
    'No limit': '제한 없음',
    '&Maximum duration:': '최대 실행 시간(&M):',
    'The run is canceled when it runs longer than this (limits.timeout).': '실행 시간이 이 값을 넘으면 실행이 취소됩니다(limits.timeout).',
    'E&xperiment:': '실험(&X):',
    'Runs are grouped by experiment; a new name makes a new experiment.': '실행은 실험별로 그룹화됩니다. 새 이름을 입력하면 새 실험이 만들어집니다.',
    '(optional)': '(선택 사항)',
    '&Display name:': '표시 이름(&D):',
    'A name for people; the run also gets a unique name of its own.': '사람이 읽는 이름입니다. 실행에는 고유한 이름도 따로 지정됩니다.',
    'The job as YAML, as `cstudio job create -f` reads it': '`cstudio job create -f`가 읽는 형식의 작업 YAML',
    'Fill the form from a command job YAML file': '명령 작업 YAML 파일로 양식을 채웁니다',
    '&Submit': '제출(&S)',
    'Could not read the computes: %1': '컴퓨팅 목록을 읽을 수 없습니다: %1',
    '%1 (this machine)': '%1(이 컴퓨터)',
    '%1 (%2, %3)': '%1(%2, %3)',
    '(the requirements of the loaded job)': '(불러온 작업의 요구 사항)',
    'Choose the folder with your scripts.': '스크립트가 있는 폴더를 선택하세요.',
    "Give the folder's full path.": '폴더의 전체 경로를 입력하세요.',
    'The folder %1 does not exist.': '폴더 %1이(가) 없습니다.',
    '%1 is a file; choose the folder that holds it.': '%1은(는) 파일입니다. 이 파일이 있는 폴더를 선택하세요.',
    'The folder %1 cannot be read.': '폴더 %1을(를) 읽을 수 없습니다.',
    'Say what to run, e.g. python train.py.': '실행할 내용을 입력하세요(예: python train.py).',
    'Name the interpreter: a path or a command on PATH.': '인터프리터를 지정하세요: 경로 또는 PATH에 있는 명령.',
    'There is no file %1.': '파일 %1이(가) 없습니다.',
    '%1 is not an executable file.': '%1은(는) 실행 파일이 아닙니다.',
    'There is no %1 on PATH.': 'PATH에 %1이(가) 없습니다.',
    'Choose a requirements file.': '요구 사항 파일을 선택하세요.',
    'The file %1 cannot be read.': '파일 %1을(를) 읽을 수 없습니다.',
    'Name the image, e.g. python:3.11-slim.': '이미지를 지정하세요(예: python:3.11-slim).',
    'Choose where the run executes.': '실행할 위치를 선택하세요.',
    'There is no compute named "%1" that can run scripts in this workspace.':
        '이 작업 영역에는 스크립트를 실행할 수 있는 이름이 "%1"인 컴퓨팅이 없습니다.',
    '%1 is not ready (%2): the submission will be refused.': '%1이(가) 준비되지 않았습니다(%2). 제출이 거부됩니다.',
    '%1 is %2: start it before submitting.': '%1의 상태가 %2입니다. 제출하기 전에 시작하세요.',
    'Name the experiment (Default is fine).': '실험 이름을 입력하세요(Default도 괜찮습니다).',
    "Use letters, digits, '_', '-' and '.', starting with a letter, a digit or '_' (at most 255).":
        "문자, 숫자, '_', '-', '.'를 사용하고 문자, 숫자 또는 '_'로 시작하세요(최대 255자).",
    'At most 255 characters.': '최대 255자입니다.',
    'Queue the run on %1': '%1의 큐에 실행 추가',
    'Still needed: %1': '아직 필요한 항목: %1',
    'Job YAML': '작업 YAML',
    'The form still has errors: this YAML would be refused.': '양식에 아직 오류가 있습니다. 이 YAML은 거부됩니다.',
    'Load job YAML': '작업 YAML 불러오기',
    'Choose the source folder': '소스 폴더 선택',
    'Could not load %1:\n%2': '%1을(를) 불러올 수 없습니다:\n%2',
    'Loaded %1, with warnings:\n%2': '%1을(를) 불러왔습니다. 경고:\n%2',
    'Submitting: snapshotting %1 and queueing the run on %2…': '제출하는 중: %1의 스냅샷을 만들고 %2의 큐에 실행을 추가하는 중…',
    'The run was not submitted: %1': '실행이 제출되지 않았습니다: %1',
    # cstudio job and compute list-nodes (app/cli/cli.cpp), the local agent (app/agent).
    'compute list-nodes needs exactly one compute name.': 'compute list-nodes에는 컴퓨팅 이름이 정확히 하나 필요합니다.',
    '%1 is a %2: the studio does not list its nodes.': '%1은(는) %2입니다. 스튜디오는 해당 노드를 나열하지 않습니다.',
    'NODE': '노드',
    'RUN': '실행',
    'SINCE': '시작 시각',
    'PRIVATE IP': '개인 IP',
    'CONNECTION STRING': '연결 문자열',
    'No job command given.': 'job 명령을 지정하지 않았습니다.',
    'Unknown job command "%1".': '알 수 없는 job 명령 "%1".',
    'job %1 needs exactly one run name.': 'job %1에는 실행 이름이 정확히 하나 필요합니다.',
    'There is no run named "%1" in the workspace %2.': '작업 영역 %2에 이름이 "%1"인 실행이 없습니다.',
    'job create takes no arguments besides its options.': 'job create에는 옵션 외의 인수가 없습니다.',
    'Give the job file with -f JOB.yml.': '-f JOB.yml로 작업 파일을 지정하세요.',
    'job list takes no arguments.': 'job list에는 인수가 없습니다.',
    'Unknown status "%1".': '알 수 없는 상태 "%1".',
    'DISPLAY NAME': '표시 이름',
    'EXPERIMENT': '실험',
    'STATUS': '상태',
    'COMPUTE': '컴퓨팅',
    'CREATED': '만든 시간',
    'DURATION': '기간',
    'PROPERTY': '속성',
    'VALUE': '값',
    'Streaming the logs of %1 (Ctrl+C stops streaming; the run goes on).':
        '%1의 로그를 스트리밍하는 중입니다(Ctrl+C를 누르면 스트리밍만 멈추고 실행은 계속됩니다).',
    'The run disappeared.': '실행이 사라졌습니다.',
    'Run %1: %2': '실행 %1: %2',
    'Cancel requested for %1.': '%1의 취소를 요청했습니다.',
    'Give the folder to download into with --output-dir DIR.': '다운로드할 폴더를 --output-dir DIR로 지정하세요.',
    'Downloaded %1 files of %2 into %3.': '%2의 파일 %1개를 %3에 다운로드했습니다.',
    'Runs the local runs of a Compute Studio workspace.': 'Compute Studio 작업 영역의 로컬 실행을 처리합니다.',
    'The workspace folder.': '작업 영역 폴더입니다.',
    'Seconds with nothing to do before exiting (0: never).': '할 일이 없을 때 종료하기 전까지 기다릴 시간(초)입니다(0: 종료하지 않음).',
    # cstudio's help texts. Keyed by the whole source: a changed help text shows up as
    # untranslated instead of keeping an out-of-date Korean text.
    '''Usage: cstudio [--workspace DIR] [-o table|json] <group> <command> [options]

Manage the compute of a Compute Studio workspace from the command line.

Groups:
  compute    Create, attach, inspect and manage compute targets.
  job        Submit runs, watch them, cancel them, download their outputs.

Global options:
  --workspace DIR      Use the workspace in DIR (default: %1).
  -o, --output FORMAT  table (default) or json.
  --lang LANG          Language of messages: en or ko.
  -h, --help           Show help; after a group or command, its help.
  --version            Show the version.

Exit codes: 0 success, 1 user or validation error, 2 usage error, 3 backend failure.
''': '''사용법: cstudio [--workspace DIR] [-o table|json] <group> <command> [options]

명령줄에서 Compute Studio 작업 영역의 컴퓨팅을 관리합니다.

그룹:
  compute    컴퓨팅 대상을 만들고, 연결하고, 확인하고, 관리합니다.
  job        실행을 제출하고, 지켜보고, 취소하고, 출력을 다운로드합니다.

전역 옵션:
  --workspace DIR      DIR의 작업 영역을 사용합니다(기본값: %1).
  -o, --output FORMAT  table(기본값) 또는 json.
  --lang LANG          메시지 언어: en 또는 ko.
  -h, --help           도움말을 표시합니다. 그룹이나 명령 뒤에 쓰면 해당 도움말을 표시합니다.
  --version            버전을 표시합니다.

종료 코드: 0 성공, 1 사용자 또는 유효성 검사 오류, 2 사용법 오류, 3 백엔드 오류.
''',
    '''Usage: cstudio compute <command> [options]

Commands:
  list [--kind KIND]      List computes; KIND is instance, cluster, inference,
                          attached or local.
  show NAME               Show every property of the compute NAME.
  validate -f SPEC.yml    Check a spec; exit 0 when valid, 1 when not.
  create -f SPEC.yml [--no-wait]
                          Create a compute instance or cluster.
  attach -f SPEC.yml [--no-wait]
                          Attach a compute made elsewhere.
  delete NAME             Delete a created compute and what it holds.
  detach NAME             Detach an attached compute (it keeps running).
  start|stop|restart NAME Start, stop or restart a compute instance.
  update NAME [--min-nodes N] [--max-nodes N] [--idle-seconds N]
                          Change a cluster's scale settings.
  export NAME             Print the compute's spec as YAML.
  list-nodes NAME         List the nodes of a compute (state, run, address).

Specs are YAML in the Azure ML CLI v2 compute schema (docs/compute-yaml.md).
With --no-wait, create and attach return once the operation has started;
`cstudio compute show NAME` tells how it goes. With -o json, list prints an
array, show one object, and validate [{"field","message","severity"}].
''': '''사용법: cstudio compute <command> [options]

명령:
  list [--kind KIND]      컴퓨팅을 나열합니다. KIND는 instance, cluster, inference,
                          attached 또는 local입니다.
  show NAME               컴퓨팅 NAME의 모든 속성을 표시합니다.
  validate -f SPEC.yml    사양을 검사합니다. 유효하면 0, 아니면 1로 종료합니다.
  create -f SPEC.yml [--no-wait]
                          컴퓨팅 인스턴스나 컴퓨팅 클러스터를 만듭니다.
  attach -f SPEC.yml [--no-wait]
                          다른 곳에서 만든 컴퓨팅을 연결합니다.
  delete NAME             만든 컴퓨팅과 거기에 보관된 모든 것을 삭제합니다.
  detach NAME             연결된 컴퓨팅을 분리합니다(컴퓨팅은 계속 실행됨).
  start|stop|restart NAME 컴퓨팅 인스턴스를 시작, 중지 또는 다시 시작합니다.
  update NAME [--min-nodes N] [--max-nodes N] [--idle-seconds N]
                          클러스터의 크기 조정 설정을 변경합니다.
  export NAME             컴퓨팅의 사양을 YAML로 출력합니다.
  list-nodes NAME         컴퓨팅의 노드(상태, 실행, 주소)를 나열합니다.

사양은 Azure ML CLI v2 컴퓨팅 스키마의 YAML입니다(docs/compute-yaml.md).
--no-wait를 사용하면 create와 attach는 작업이 시작되는 즉시 반환됩니다.
진행 상황은 `cstudio compute show NAME`으로 확인합니다. -o json을 사용하면
list는 배열을, show는 개체 하나를, validate는 [{"field","message","severity"}]를
출력합니다.
''',
    '''Usage: cstudio job <command> [options]

Commands:
  create -f JOB.yml [--compute NAME] [--set KEY=VALUE]... [--name NAME] [--stream]
                          Submit a command job (Azure ML CLI v2 YAML) and print
                          its name; with --stream, follow its logs and exit 0
                          only if it completed.
  list [--status S] [--compute NAME] [--experiment NAME] [--search TEXT]
                          List runs, newest first.
  show NAME               Status, times, compute, metrics, params, outputs.
  stream NAME             Follow the run's logs until it ends.
  cancel NAME             Cancel the run (its processes are stopped).
  download NAME --output-dir DIR
                          Copy the run's outputs/ and logs into DIR.

Relative paths in the YAML (code, inputs) are relative to the YAML file's folder.
See docs/job-yaml.md.
''': '''사용법: cstudio job <command> [options]

명령:
  create -f JOB.yml [--compute NAME] [--set KEY=VALUE]... [--name NAME] [--stream]
                          명령 작업(Azure ML CLI v2 YAML)을 제출하고 이름을
                          출력합니다. --stream을 사용하면 로그를 따라가며,
                          실행이 완료된 경우에만 0으로 종료합니다.
  list [--status S] [--compute NAME] [--experiment NAME] [--search TEXT]
                          실행을 최신 항목부터 나열합니다.
  show NAME               상태, 시간, 컴퓨팅, 메트릭, 매개 변수, 출력을 표시합니다.
  stream NAME             실행이 끝날 때까지 실행의 로그를 따라갑니다.
  cancel NAME             실행을 취소합니다(실행의 프로세스가 중지됨).
  download NAME --output-dir DIR
                          실행의 outputs/와 로그를 DIR에 복사합니다.

YAML의 상대 경로(code, inputs)는 YAML 파일이 있는 폴더를 기준으로 합니다.
docs/job-yaml.md를 참조하세요.
''',
}


def translate(source):
    return KO.get(source)


# What a translation must carry over from its source unchanged.
PLACEHOLDER = re.compile(r'%\d+')
TAG = re.compile(r'</?[A-Za-z][^<>]*>')  # rich text, and <dir>-style argument names
COMMAND = re.compile(r'`[^`]*`')
MNEMONIC = re.compile(r'&(?![A-Za-z]+;)([^&\s])')  # &X, not &nbsp; or "& *"


def problems(source, text):
    found = []
    for what, pattern in (('placeholders', PLACEHOLDER), ('tags', TAG), ('commands', COMMAND)):
        if Counter(pattern.findall(source)) != Counter(pattern.findall(text)):
            found.append(what)
    keys = [k.lower() for k in MNEMONIC.findall(source)]
    if keys and [k.lower() for k in MNEMONIC.findall(text)] != keys:
        found.append('mnemonic')
    return found


def main():
    path = Path(__file__).with_name('computestudio_ko.ts')
    tree = ET.parse(path)
    missing = []
    wrong = []
    for context in tree.getroot().iter('context'):
        for message in list(context.iter('message')):
            translation = message.find('translation')
            # What `lupdate -no-obsolete` would drop: sources no code has any more.
            if translation.get('type') in ('vanished', 'obsolete'):
                context.remove(message)
                continue
            # Line numbers churn with every edit; the context and source identify a message.
            for location in message.findall('location'):
                message.remove(location)
            source = message.find('source').text or ''
            text = translate(source)
            if text is None:
                missing.append(source)
                continue
            if bad := problems(source, text):
                wrong.append((source, bad))
            translation.text = text
            translation.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n',
                    encoding='utf-8')
    for source in missing:
        print('untranslated:', source, file=sys.stderr)
    for source, bad in wrong:
        print('check the', ', '.join(bad), 'of:', source, file=sys.stderr)
    return 1 if missing or wrong else 0


if __name__ == '__main__':
    sys.exit(main())
